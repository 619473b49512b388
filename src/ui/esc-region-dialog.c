/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cite as Region: who took a region, as a passage reports it (esc_cite_region(): the
 * subdivision it names, the party, or a result still pending or disputed), in a form
 * that writes straight into the region; the subdivision the name stands for is named
 * back as it is typed. Add puts it in the election as one edit. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-edit-list.h"
#include "esc-cite.h"
#include "esc-form.h"
#include "esc-form-check.h"
#include "esc-region-dialog.h"
#include "esc-source.h"
#include "esc-subdivisions.h"

struct _EscRegionDialog
{
  AdwWindow parent_instance;
  EscHistory *history;
  EscElection *election;
  EscRegion *region;
  GPtrArray *parties;     /* EscParty, by party_row's position less one */

  /* Template children */
  GtkLabel *quote_label;
  GtkLabel *problem_label;
  EscFormCheck *check;
  EscRegion *same;            /* the region the passage states again, or NULL */
  GtkSwitch *same_switch;
  AdwEntryRow *name_row;
  AdwComboRow *outcome_row;
  AdwComboRow *party_row;
  AdwComboRow *bloc_row;
};

G_DEFINE_FINAL_TYPE (EscRegionDialog, esc_region_dialog, ADW_TYPE_WINDOW)

/* Writes the rows into the region, and says which subdivision its name is; TRUE when
 * it can be added. */
static gboolean
update (EscRegionDialog *self)
{
  g_autofree char *name = esc_form_dup_text (GTK_EDITABLE (self->name_row));
  guint party_at = adw_combo_row_get_selected (self->party_row);
  EscParty *party = party_at > 0 && party_at != GTK_INVALID_LIST_POSITION ? g_ptr_array_index (self->parties, party_at - 1) : NULL;
  const char *code = name ? esc_subdivision_match (esc_election_get_country (self->election), name) : NULL;
  g_autofree char *said = NULL;

  g_object_set (self->region, "name", name, "outcome", adw_combo_row_get_selected (self->outcome_row),
                "party", party, "bloc", adw_combo_row_get_selected (self->bloc_row), NULL);
  if (name == NULL)
    said = g_strdup (_("Give the region’s name as the sources spell it."));
  else if (code == NULL)
    said = g_strdup (_("The name is no subdivision of the election’s country that Escrutinio knows: the region is listed, but not drawn on the map."));
  else
    /* Translators: the subdivision a region's name stands for: "Zulia (VE-V)". */
    said = g_strdup_printf (_("The region is %s (%s)."), esc_subdivision_get_display_name (code), code);
  esc_form_check_set_note (self->check, said);
  esc_form_check_queue (self->check, self->region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "region.add", name != NULL);
  return name != NULL;
}

/* The party chosen says the bloc. */
static void
on_party (EscRegionDialog *self)
{
  guint party_at = adw_combo_row_get_selected (self->party_row);

  if (party_at > 0 && party_at != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->bloc_row, esc_party_get_bloc (g_ptr_array_index (self->parties, party_at - 1)));
  update (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EscRegionDialog *self = ESC_REGION_DIALOG (widget);
  EscEdit *edit;

  if (esc_form_add_to_same (self->same_switch, self->same, self->region, self->history))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (!update (self) || !esc_form_check_allows (self->check, self->region))
    return;
  edit = esc_edit_list_new_insert (self->election, "regions", esc_election_get_regions (self->election)->len, self->region);
  esc_edit_set_label (edit, _("Cite a region"));
  esc_history_do (self->history, edit);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_region_dialog_dispose (GObject *object)
{
  EscRegionDialog *self = ESC_REGION_DIALOG (object);

  g_clear_object (&self->history);
  g_clear_object (&self->check);
  g_clear_object (&self->election);
  g_clear_object (&self->region);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  G_OBJECT_CLASS (esc_region_dialog_parent_class)->dispose (object);
}

static void
esc_region_dialog_class_init (EscRegionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_region_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-region-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EscRegionDialog, quote_label);
  gtk_widget_class_bind_template_child (widget_class, EscRegionDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, EscRegionDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, EscRegionDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, EscRegionDialog, party_row);
  gtk_widget_class_bind_template_child (widget_class, EscRegionDialog, bloc_row);
  gtk_widget_class_install_action (widget_class, "region.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "region.add", NULL);
}

static void
esc_region_dialog_init (EscRegionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
fill_choices (EscRegionDialog *self)
{
  g_auto(GStrv) outcomes = esc_form_enum_names (ESC_TYPE_REGION_OUTCOME);
  g_auto(GStrv) blocs = esc_form_enum_names (ESC_TYPE_BLOC);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parties = NULL;
  g_autoptr(GtkStringList) outcome_list = NULL, bloc_list = NULL, party_list = NULL;
  guint party_at = 0;

  g_strv_builder_add (builder, _("No party named"));
  for (guint i = 0; i < self->parties->len; i++)
    {
      g_strv_builder_add (builder, esc_text_party (g_ptr_array_index (self->parties, i)));
      if (g_ptr_array_index (self->parties, i) == esc_region_get_party (self->region))
        party_at = i + 1;
    }
  parties = g_strv_builder_end (builder);
  outcome_list = gtk_string_list_new ((const char * const *) outcomes);
  bloc_list = gtk_string_list_new ((const char * const *) blocs);
  party_list = gtk_string_list_new ((const char * const *) parties);
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (outcome_list));
  adw_combo_row_set_model (self->bloc_row, G_LIST_MODEL (bloc_list));
  adw_combo_row_set_model (self->party_row, G_LIST_MODEL (party_list));
  adw_combo_row_set_selected (self->outcome_row, esc_region_get_outcome (self->region));
  adw_combo_row_set_selected (self->bloc_row, esc_region_get_bloc (self->region));
  adw_combo_row_set_selected (self->party_row, party_at);
}

/**
 * esc_region_dialog_new:
 * @region: a region of @election cited from a passage (esc_cite_region()), not in it yet
 *
 * Returns: (transfer none): the form, shown over @parent
 */
EscRegionDialog *
esc_region_dialog_new (GtkWindow   *parent,
                       EscHistory  *history,
                       EscElection *election,
                       EscRegion   *region)
{
  EscRegionDialog *self = g_object_new (ESC_TYPE_REGION_DIALOG, "transient-for", parent, NULL);
  EscSource *source = g_ptr_array_index (esc_region_get_sources (region), 0);
  g_autofree char *quoted = g_strdup_printf (_("“%s”"), esc_source_get_quote (source));

  self->history = g_object_ref (history);
  self->election = g_object_ref (election);
  self->region = g_object_ref (region);
  self->check = esc_form_check_new (esc_history_get_dataset (history), NULL, esc_election_get_regions (election));
  esc_form_check_set_label (self->check, self->problem_label);
  self->same = esc_cite_find_same (election, region);
  self->same_switch = esc_form_add_same_switch (GTK_WIDGET (self->quote_label), self->same);
  self->parties = g_ptr_array_ref (esc_election_get_parties (election));
  fill_choices (self);
  /* Dataset text is never markup. */
  gtk_label_set_text (self->quote_label, quoted);
  if (esc_region_get_name (region) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), esc_region_get_name (region));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->outcome_row, "notify::selected", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->party_row, "notify::selected", G_CALLBACK (on_party), self);
  g_signal_connect_swapped (self->bloc_row, "notify::selected", G_CALLBACK (update), self);
  update (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
