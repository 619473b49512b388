/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Add Party: a party of the election on show, with its name, short name, candidate,
 * bloc and, if the user gives one, its own colour; Add puts it in as one edit. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-form.h"
#include "esc-edit-list.h"
#include "esc-new-items.h"
#include "esc-party-dialog.h"

struct _EscPartyDialog
{
  AdwWindow parent_instance;
  EscHistory *history;
  EscElection *election;

  /* Template children */
  AdwEntryRow *name_row;
  AdwEntryRow *short_name_row;
  AdwEntryRow *candidate_row;
  AdwComboRow *bloc_row;
  GtkSwitch *color_switch;
  GtkColorButton *color_button;
};

G_DEFINE_FINAL_TYPE (EscPartyDialog, esc_party_dialog, ADW_TYPE_WINDOW)

static void
update (EscPartyDialog *self)
{
  g_autofree char *name = esc_form_dup_text (GTK_EDITABLE (self->name_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "party.add", name != NULL);
}

/* "#rrggbb" of the colour chosen, or NULL for the bloc's. */
static char *
chosen_color (EscPartyDialog *self)
{
  GdkRGBA rgba;

  if (!gtk_switch_get_active (self->color_switch))
    return NULL;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  return esc_form_color_text (&rgba);
}

/* Picking a colour is saying the party has one. */
static void
on_color_set (EscPartyDialog *self)
{
  gtk_switch_set_active (self->color_switch, TRUE);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EscPartyDialog *self = ESC_PARTY_DIALOG (widget);
  g_autofree char *name = esc_form_dup_text (GTK_EDITABLE (self->name_row));
  g_autofree char *short_name = esc_form_dup_text (GTK_EDITABLE (self->short_name_row));
  g_autofree char *candidate = esc_form_dup_text (GTK_EDITABLE (self->candidate_row));
  g_autofree char *color = chosen_color (self);
  g_autoptr(EscParty) party = NULL;
  EscEdit *edit;

  if (name == NULL)
    return;
  party = esc_new_party (self->election, name, adw_combo_row_get_selected (self->bloc_row));
  g_object_set (party, "short-name", short_name, "candidate", candidate, "color", color, NULL);
  edit = esc_edit_list_new_insert (self->election, "parties", esc_election_get_parties (self->election)->len, party);
  esc_edit_set_label (edit, _("Add a party"));
  esc_history_do (self->history, edit);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_party_dialog_dispose (GObject *object)
{
  EscPartyDialog *self = ESC_PARTY_DIALOG (object);

  g_clear_object (&self->history);
  g_clear_object (&self->election);
  G_OBJECT_CLASS (esc_party_dialog_parent_class)->dispose (object);
}

static void
esc_party_dialog_class_init (EscPartyDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_party_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-party-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EscPartyDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, EscPartyDialog, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, EscPartyDialog, candidate_row);
  gtk_widget_class_bind_template_child (widget_class, EscPartyDialog, bloc_row);
  gtk_widget_class_bind_template_child (widget_class, EscPartyDialog, color_switch);
  gtk_widget_class_bind_template_child (widget_class, EscPartyDialog, color_button);
  gtk_widget_class_install_action (widget_class, "party.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "party.add", NULL);
}

static void
esc_party_dialog_init (EscPartyDialog *self)
{
  g_auto(GStrv) blocs = esc_form_enum_names (ESC_TYPE_BLOC);
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char * const *) blocs);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->bloc_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->bloc_row, ESC_BLOC_OTHER);
  g_signal_connect_swapped (self->color_button, "color-set", G_CALLBACK (on_color_set), self);
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (update), self);
  update (self);
}

/**
 * esc_party_dialog_new:
 *
 * Returns: (transfer none): the form, shown over @parent; Add puts the party in
 *   @election through @history
 */
EscPartyDialog *
esc_party_dialog_new (GtkWindow   *parent,
                      EscHistory  *history,
                      EscElection *election)
{
  EscPartyDialog *self = g_object_new (ESC_TYPE_PARTY_DIALOG, "transient-for", parent, NULL);

  self->history = g_object_ref (history);
  self->election = g_object_ref (election);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
