/* SPDX-License-Identifier: GPL-3.0-or-later */
/* New Dataset: its title and its first election (title, country, kind), for a new
 * window to fill with articles, parties and figures (the window that asked opens it, on
 * ::created). The country is typed as its code and named back as it is typed. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-form.h"
#include "esc-new-dialog.h"
#include "esc-new-items.h"
#include "esc-validate.h"

struct _EscNewDialog
{
  AdwWindow parent_instance;

  /* Template children */
  AdwEntryRow *title_row;
  AdwEntryRow *election_row;
  AdwEntryRow *country_row;
  AdwComboRow *kind_row;
  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (EscNewDialog, esc_new_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
country_code (EscNewDialog *self)
{
  g_autofree char *text = esc_form_dup_text (GTK_EDITABLE (self->country_row));

  return text ? g_ascii_strup (text, -1) : NULL;
}

/* What is missing, or the country named; TRUE when the dataset can be made. */
static gboolean
update (EscNewDialog *self)
{
  g_autofree char *title = esc_form_dup_text (GTK_EDITABLE (self->title_row));
  g_autofree char *election = esc_form_dup_text (GTK_EDITABLE (self->election_row));
  g_autofree char *country = country_code (self);
  gboolean known = country != NULL && esc_is_valid_country_code (country);
  g_autofree char *said = NULL;

  if (title == NULL)
    said = g_strdup (_("Give the dataset a title."));
  else if (election == NULL)
    said = g_strdup (_("Give the election a title, such as “Venezuela’s presidential election of 2024”."));
  else if (!known)
    said = g_strdup (_("Give the country as its two-letter code: VE for Venezuela, MX for Mexico."));
  else
    /* Translators: the country the code typed stands for. */
    said = g_strdup_printf (_("The election is in %s."), esc_text_country (country));
  gtk_label_set_text (self->problem_label, said);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new.create", title && election && known);
  return title && election && known;
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EscNewDialog *self = ESC_NEW_DIALOG (widget);
  g_autofree char *title = esc_form_dup_text (GTK_EDITABLE (self->title_row));
  g_autofree char *election = esc_form_dup_text (GTK_EDITABLE (self->election_row));
  g_autofree char *country = country_code (self);
  g_autoptr(EscDataset) dataset = NULL;

  if (!update (self))
    return;
  dataset = esc_new_dataset (title, election, country, adw_combo_row_get_selected (self->kind_row));
  g_signal_emit (self, signals[SIGNAL_CREATED], 0, dataset);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_new_dialog_class_init (EscNewDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * EscNewDialog::created:
   * @dataset: the new dataset, with its first election
   */
  signals[SIGNAL_CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, ESC_TYPE_DATASET);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EscNewDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, EscNewDialog, election_row);
  gtk_widget_class_bind_template_child (widget_class, EscNewDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, EscNewDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, EscNewDialog, problem_label);
  gtk_widget_class_install_action (widget_class, "new.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "new.create", NULL);
}

static void
esc_new_dialog_init (EscNewDialog *self)
{
  g_auto(GStrv) kinds = esc_form_enum_names (ESC_TYPE_ELECTION_KIND);
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char * const *) kinds);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (names));
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->election_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->country_row, "changed", G_CALLBACK (update), self);
  update (self);
}

/**
 * esc_new_dialog_new:
 *
 * Returns: (transfer none): the form, shown over @parent; Create emits ::created
 */
EscNewDialog *
esc_new_dialog_new (GtkWindow *parent)
{
  EscNewDialog *self = g_object_new (ESC_TYPE_NEW_DIALOG, "transient-for", parent, NULL);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
