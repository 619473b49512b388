/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cite as Reaction: the reaction a passage reports, read from it (esc_cite_reaction():
 * the country it names, the stance its words say), in a form that writes straight into
 * the reaction; Add puts it in the election as one edit. The country is typed as its
 * code and named back as it is typed. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-cite.h"
#include "esc-form.h"
#include "esc-form-check.h"
#include "esc-edit-list.h"
#include "esc-reaction-dialog.h"
#include "esc-source.h"
#include "esc-validate.h"

struct _EscReactionDialog
{
  AdwWindow parent_instance;
  EscHistory *history;
  EscElection *election;
  EscReaction *reaction;

  /* Template children */
  GtkLabel *quote_label;
  GtkLabel *problem_label;
  EscFormCheck *check;
  EscReaction *same;          /* the reaction the passage states again, or NULL */
  GtkSwitch *same_switch;
  AdwEntryRow *country_row;
  AdwComboRow *stance_row;
  AdwEntryRow *speaker_row;
  AdwEntryRow *role_row;
};

G_DEFINE_FINAL_TYPE (EscReactionDialog, esc_reaction_dialog, ADW_TYPE_WINDOW)

/* Writes the rows into the reaction, says what is missing or whose it is; TRUE when
 * it can be added. */
static gboolean
update (EscReactionDialog *self)
{
  g_autofree char *typed = esc_form_dup_text (GTK_EDITABLE (self->country_row));
  g_autofree char *country = typed ? g_ascii_strup (typed, -1) : NULL;
  g_autofree char *speaker = esc_form_dup_text (GTK_EDITABLE (self->speaker_row));
  g_autofree char *role_text = esc_form_dup_text (GTK_EDITABLE (self->role_row));
  g_autoptr(EscLocalizedText) role = role_text ? esc_localized_text_new_plain (role_text) : NULL;
  gboolean known = country != NULL && esc_is_valid_country_code (country);
  g_autofree char *said = NULL;

  g_object_set (self->reaction, "country", known ? country : NULL, "speaker", speaker, "role", role,
                "stance", adw_combo_row_get_selected (self->stance_row), NULL);
  if (!known)
    said = g_strdup (_("Give the country as its two-letter code: US for the United States, BR for Brazil."));
  else if (g_strcmp0 (country, esc_election_get_country (self->election)) == 0)
    said = g_strdup (_("A reaction comes from another country than the election’s."));
  else
    /* Translators: the country the code typed stands for. */
    said = g_strdup_printf (_("A reaction of %s."), esc_text_country (country));
  esc_form_check_set_note (self->check, said);
  esc_form_check_queue (self->check, self->reaction);
  known &= g_strcmp0 (country, esc_election_get_country (self->election)) != 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reaction.add", known);
  return known;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EscReactionDialog *self = ESC_REACTION_DIALOG (widget);
  EscEdit *edit;

  if (esc_form_add_to_same (self->same_switch, self->same, self->reaction, self->history))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (!update (self) || !esc_form_check_allows (self->check, self->reaction))
    return;
  edit = esc_edit_list_new_insert (self->election, "reactions", esc_election_get_reactions (self->election)->len,
                                   self->reaction);
  esc_edit_set_label (edit, _("Cite a reaction"));
  esc_history_do (self->history, edit);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_reaction_dialog_dispose (GObject *object)
{
  EscReactionDialog *self = ESC_REACTION_DIALOG (object);

  g_clear_object (&self->history);
  g_clear_object (&self->check);
  g_clear_object (&self->election);
  g_clear_object (&self->reaction);
  G_OBJECT_CLASS (esc_reaction_dialog_parent_class)->dispose (object);
}

static void
esc_reaction_dialog_class_init (EscReactionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_reaction_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-reaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EscReactionDialog, quote_label);
  gtk_widget_class_bind_template_child (widget_class, EscReactionDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, EscReactionDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, EscReactionDialog, stance_row);
  gtk_widget_class_bind_template_child (widget_class, EscReactionDialog, speaker_row);
  gtk_widget_class_bind_template_child (widget_class, EscReactionDialog, role_row);
  gtk_widget_class_install_action (widget_class, "reaction.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "reaction.add", NULL);
}

static void
esc_reaction_dialog_init (EscReactionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * esc_reaction_dialog_new:
 * @reaction: a reaction to @election cited from a passage (esc_cite_reaction()), not
 *   in it yet
 *
 * Returns: (transfer none): the form, shown over @parent
 */
EscReactionDialog *
esc_reaction_dialog_new (GtkWindow   *parent,
                         EscHistory  *history,
                         EscElection *election,
                         EscReaction *reaction)
{
  EscReactionDialog *self = g_object_new (ESC_TYPE_REACTION_DIALOG, "transient-for", parent, NULL);
  EscSource *source = g_ptr_array_index (esc_reaction_get_sources (reaction), 0);
  g_autofree char *quoted = g_strdup_printf (_("“%s”"), esc_source_get_quote (source));
  g_auto(GStrv) stances = esc_form_enum_names (ESC_TYPE_STANCE);
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char * const *) stances);

  self->history = g_object_ref (history);
  self->election = g_object_ref (election);
  self->reaction = g_object_ref (reaction);
  self->check = esc_form_check_new (esc_history_get_dataset (history), NULL, esc_election_get_reactions (election));
  esc_form_check_set_label (self->check, self->problem_label);
  self->same = esc_cite_find_same (election, reaction);
  self->same_switch = esc_form_add_same_switch (GTK_WIDGET (self->quote_label), self->same);
  adw_combo_row_set_model (self->stance_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->stance_row, esc_reaction_get_stance (reaction));
  /* Dataset text is never markup. */
  gtk_label_set_text (self->quote_label, quoted);
  if (esc_reaction_get_country (reaction) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->country_row), esc_reaction_get_country (reaction));
  g_signal_connect_swapped (self->country_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->speaker_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->role_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->stance_row, "notify::selected", G_CALLBACK (update), self);
  update (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
