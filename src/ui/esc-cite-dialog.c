/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cite as Figure: the claim a passage states, read from it (esc-cite.c), in a form the
 * user corrects before it goes into the election. The form writes straight into the
 * claim, which is not in the dataset yet; Add puts it in as one edit that can be
 * undone. Numbers are typed as the user writes them, in the language of the interface,
 * and read as the passages are (esc_quoted_figure_parse()). */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-cite-dialog.h"
#include "esc-edit-group.h"
#include "esc-edit-list.h"
#include "esc-cite.h"
#include "esc-form.h"
#include "esc-form-check.h"
#include "esc-quoted-figure.h"
#include "esc-source-list.h"
#include "esc-tally-text.h"
#include "esc-edit-set.h"
#include "esc-source.h"

struct _EscCiteDialog
{
  AdwWindow parent_instance;
  EscHistory *history;
  EscElection *election;
  EscClaim *claim;
  EscClaim *original;     /* the claim edited, whose copy @claim is; NULL when citing */
  GPtrArray *parties;     /* EscParty, by subject_row's position less one */
  EscFormCheck *check;
  EscClaim *same;         /* the claim the passage states again, or NULL */
  GtkSwitch *same_switch;
  EscSourceList *sources;  /* the claim's, when it is edited */

  /* Template children */
  GtkButton *add_button;
  GtkLabel *quote_label;
  GtkLabel *problem_label;
  AdwComboRow *figure_row;
  AdwComboRow *measure_row;
  AdwEntryRow *label_row;
  AdwEntryRow *value_row;
  AdwComboRow *unit_row;
  AdwComboRow *qualifier_row;
  AdwEntryRow *out_of_row;
  AdwComboRow *subject_row;
  AdwComboRow *claimant_row;
  AdwEntryRow *claimant_name_row;
  AdwComboRow *status_row;
};

G_DEFINE_FINAL_TYPE (EscCiteDialog, esc_cite_dialog, ADW_TYPE_WINDOW)

/* The choices of a row, in the order of the enumeration's values. */
static void
set_choices (AdwComboRow        *row,
             const char * const *names,
             guint               selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (names);

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, selected);
}

/* The choices of a row: the names of an enumeration's values. */
static void
set_enum_choices (AdwComboRow *row,
                  GType        type,
                  guint        selected)
{
  g_auto(GStrv) names = esc_form_enum_names (type);

  set_choices (row, (const char * const *) names, selected);
}

static void
fill_choices (EscCiteDialog *self)
{
  g_autoptr(GStrvBuilder) parties = g_strv_builder_new ();
  g_auto(GStrv) party_names = NULL;
  EscParty *subject = esc_claim_get_subject (self->claim);
  guint subject_at = 0;

  g_strv_builder_add (parties, _("None: the election as a whole"));
  for (guint i = 0; i < self->parties->len; i++)
    {
      EscParty *party = g_ptr_array_index (self->parties, i);

      g_strv_builder_add (parties, esc_text_party (party));
      if (party == subject)
        subject_at = i + 1;
    }
  party_names = g_strv_builder_end (parties);

  set_enum_choices (self->measure_row, ESC_TYPE_MEASURE, esc_claim_get_measure (self->claim));
  set_enum_choices (self->unit_row, ESC_TYPE_UNIT, esc_claim_get_unit (self->claim));
  set_enum_choices (self->qualifier_row, ESC_TYPE_QUALIFIER, esc_claim_get_qualifier (self->claim));
  set_choices (self->subject_row, (const char * const *) party_names, subject_at);
  set_enum_choices (self->claimant_row, ESC_TYPE_CLAIMANT_KIND, esc_claim_get_claimant_kind (self->claim));
  set_enum_choices (self->status_row, ESC_TYPE_CLAIM_STATUS, esc_claim_get_status (self->claim));
}

/* What stops the claim from being added, or NULL. */
static const char *
problem (EscCiteDialog *self)
{
  EscClaim *claim = self->claim;
  double value, out_of;
  guint decimals;
  const char *out_of_text = gtk_editable_get_text (GTK_EDITABLE (self->out_of_row));
  EscMeasure measure = esc_claim_get_measure (claim);

  if (!esc_form_read_number (gtk_editable_get_text (GTK_EDITABLE (self->value_row)), &value, &decimals))
    return _("The value is not a number.");
  if (*out_of_text != '\0' && !esc_form_read_number (out_of_text, &out_of, &decimals))
    return _("“Out of” is not a number.");
  if (esc_claim_get_unit (claim) == ESC_UNIT_PERCENT && (value < 0 || value > 100))
    return _("A percentage lies between 0 and 100.");
  if (esc_claim_get_out_of (claim, &out_of) && out_of < value)
    return _("The whole is smaller than its part.");
  if (measure == ESC_MEASURE_OTHER && esc_claim_get_label (claim) == NULL)
    return _("Say what the figure counts.");
  if ((measure == ESC_MEASURE_OFFICES_WON || measure == ESC_MEASURE_VOTE_SHARE || measure == ESC_MEASURE_VOTES)
      && esc_claim_get_subject (claim) == NULL)
    return _("Say which party the figure is about.");
  if (esc_source_get_paragraph (g_ptr_array_index (esc_claim_get_sources (claim), 0)) == G_MAXUINT)
    return _("The passage is not within one paragraph of the article.");
  return NULL;
}

static void
update (EscCiteDialog *self)
{
  const char *wrong = problem (self);

  gtk_widget_set_visible (GTK_WIDGET (self->label_row), esc_claim_get_measure (self->claim) == ESC_MEASURE_OTHER);
  esc_form_check_set_note (self->check, wrong);
  esc_form_check_queue (self->check, self->claim);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cite.add", wrong == NULL);
}

static void
on_choice (AdwComboRow   *row,
           GParamSpec    *pspec,
           EscCiteDialog *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (row == self->measure_row)
    g_object_set (self->claim, "measure", selected, NULL);
  else if (row == self->unit_row)
    g_object_set (self->claim, "unit", selected, NULL);
  else if (row == self->qualifier_row)
    g_object_set (self->claim, "qualifier", selected, NULL);
  else if (row == self->status_row)
    g_object_set (self->claim, "status", selected, NULL);
  else if (row == self->claimant_row)
    g_object_set (esc_claim_get_claimant (self->claim), "kind", selected, NULL);
  else if (row == self->subject_row)
    g_object_set (self->claim, "subject", selected > 0 ? g_ptr_array_index (self->parties, selected - 1) : NULL, NULL);
  update (self);
}

static EscLocalizedText *
plain_text (const char *text)
{
  return *text != '\0' ? esc_localized_text_new_plain (text) : NULL;
}

static void
on_text (AdwEntryRow   *row,
         EscCiteDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  double number;
  guint decimals;

  if (row == self->value_row && esc_form_read_number (text, &number, &decimals))
    g_object_set (self->claim, "value", number, "value-decimals", decimals, NULL);
  else if (row == self->out_of_row)
    g_object_set (self->claim, "out-of", esc_form_read_number (text, &number, &decimals) ? g_variant_new_double (number) : NULL, NULL);
  else if (row == self->label_row)
    {
      g_autoptr(EscLocalizedText) label = plain_text (text);

      g_object_set (self->claim, "label", label, NULL);
    }
  else if (row == self->claimant_name_row)
    {
      g_autoptr(EscLocalizedText) name = plain_text (text);

      g_object_set (esc_claim_get_claimant (self->claim), "name", name, NULL);
    }
  update (self);
}

static void
fill_entries (EscCiteDialog *self)
{
  EscClaim *claim = self->claim;
  EscLocalizedText *name = esc_claim_get_claimant_name (claim);
  g_autofree char *value = esc_text_number (esc_claim_get_value (claim), ESC_UNIT_COUNT, esc_claim_get_decimals (claim));
  double out_of;

  gtk_editable_set_text (GTK_EDITABLE (self->value_row), value);
  if (esc_claim_get_out_of (claim, &out_of))
    {
      g_autofree char *whole = esc_text_number (out_of, ESC_UNIT_COUNT, 0);

      gtk_editable_set_text (GTK_EDITABLE (self->out_of_row), whole);
    }
  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->claimant_name_row), esc_localized_text_get (name));
}

/* Puts the claim in the election, at its end, as one step of the history. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EscCiteDialog *self = ESC_CITE_DIALOG (widget);
  GPtrArray *claims = esc_election_get_claims (self->election);
  EscEdit *edit;

  if (esc_form_add_to_same (self->same_switch, self->same, self->claim, self->history))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (problem (self) != NULL || !esc_form_check_allows (self->check, self->claim))
    return;
  if (self->original != NULL)
    {
      EscEdit *changes = esc_edit_set_new_changes (self->original, self->claim, NULL);

      edit = esc_edit_group_new (_("Edit a figure"));
      if (changes != NULL)
        esc_edit_group_add (ESC_EDIT_GROUP (edit), changes);
      esc_source_list_add_removals (self->sources, ESC_EDIT_GROUP (edit));
      if (esc_edit_group_get_n_edits (ESC_EDIT_GROUP (edit)) == 0)
        g_clear_object (&edit);
    }
  else
    {
      edit = esc_edit_list_new_insert (self->election, "claims", claims->len, self->claim);
      esc_edit_set_label (edit, _("Cite a figure"));
    }
  if (edit != NULL)
    esc_history_do (self->history, edit);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_cite_dialog_dispose (GObject *object)
{
  EscCiteDialog *self = ESC_CITE_DIALOG (object);

  g_clear_object (&self->history);
  g_clear_object (&self->check);
  g_clear_object (&self->sources);
  g_clear_object (&self->election);
  g_clear_object (&self->claim);
  g_clear_object (&self->original);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  G_OBJECT_CLASS (esc_cite_dialog_parent_class)->dispose (object);
}

static void
esc_cite_dialog_class_init (EscCiteDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_cite_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-cite-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, quote_label);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, figure_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, measure_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, label_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, qualifier_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, out_of_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, claimant_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, claimant_name_row);
  gtk_widget_class_bind_template_child (widget_class, EscCiteDialog, status_row);
  gtk_widget_class_install_action (widget_class, "cite.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "cite.add", NULL);
}

static void
esc_cite_dialog_init (EscCiteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
connect_rows (EscCiteDialog *self)
{
  AdwComboRow *choices[] = { self->measure_row, self->unit_row, self->qualifier_row, self->subject_row,
                             self->claimant_row, self->status_row };
  AdwEntryRow *entries[] = { self->value_row, self->out_of_row, self->label_row, self->claimant_name_row };

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    g_signal_connect (choices[i], "notify::selected", G_CALLBACK (on_choice), self);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect (entries[i], "changed", G_CALLBACK (on_text), self);
}

static EscCiteDialog *
dialog_new (GtkWindow   *parent,
            EscHistory  *history,
            EscElection *election,
            EscClaim    *claim,
            EscClaim    *original)
{
  EscCiteDialog *self = g_object_new (ESC_TYPE_CITE_DIALOG, "transient-for", parent, NULL);
  EscSource *source = g_ptr_array_index (esc_claim_get_sources (claim), 0);
  /* A computed figure has no passage: what it was computed from stands in its place. */
  g_autofree char *quoted = esc_source_get_tally (source) != NULL ? esc_tally_text_coverage (esc_source_get_tally (source))
                                                                  : g_strdup_printf (_("“%s”"), esc_source_get_quote (source));

  self->history = g_object_ref (history);
  self->election = g_object_ref (election);
  self->claim = g_object_ref (claim);
  self->original = original ? g_object_ref (original) : NULL;
  self->parties = g_ptr_array_ref (esc_election_get_parties (election));
  self->check = esc_form_check_new (esc_history_get_dataset (history), original, esc_election_get_claims (election));
  esc_form_check_set_label (self->check, self->problem_label);
  /* Dataset text is never markup. */
  gtk_label_set_text (self->quote_label, quoted);
  fill_choices (self);
  fill_entries (self);
  connect_rows (self);
  update (self);
  return self;
}

/* Another figure of the passage chosen: the form starts again from it. */
static void
on_figure_chosen (EscCiteDialog *self)
{
  EscSource *source = g_ptr_array_index (esc_claim_get_sources (self->claim), 0);
  g_autoptr(EscClaim) cited = esc_cite_claim_at (self->election, esc_source_get_article (source),
                                                 esc_source_get_quote (source),
                                                 adw_combo_row_get_selected (self->figure_row));
  double out_of;
  gboolean has_out_of = esc_claim_get_out_of (cited, &out_of);

  /* Emptied first: the row writes what it holds into the claim. */
  gtk_editable_set_text (GTK_EDITABLE (self->out_of_row), "");
  g_object_set (self->claim, "value", esc_claim_get_value (cited), "value-decimals", esc_claim_get_decimals (cited),
                "unit", esc_claim_get_unit (cited), "qualifier", esc_claim_get_qualifier (cited),
                "out-of", has_out_of ? g_variant_new_double (out_of) : NULL, "subject", esc_claim_get_subject (cited),
                "measure", esc_claim_get_measure (cited), NULL);
  fill_choices (self);
  fill_entries (self);
  update (self);
}

/* A passage with several figures: the user says which one it is cited for. */
static void
offer_figures (EscCiteDialog *self)
{
  EscSource *source = g_ptr_array_index (esc_claim_get_sources (self->claim), 0);
  const char *quote = esc_source_get_quote (source);
  g_autoptr(GArray) figures = esc_quoted_figures_find (quote, esc_article_get_language (esc_source_get_article (source)));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (figures->len < 2)
    return;
  for (guint i = 0; i < figures->len; i++)
    {
      EscQuotedFigure *figure = &g_array_index (figures, EscQuotedFigure, i);
      g_autofree char *text = g_strndup (quote + figure->start, figure->end - figure->start);

      gtk_string_list_append (names, text);
    }
  adw_combo_row_set_model (self->figure_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->figure_row, esc_quoted_figures_pick (figures, quote));
  gtk_widget_set_visible (GTK_WIDGET (self->figure_row), TRUE);
  g_signal_connect_swapped (self->figure_row, "notify::selected", G_CALLBACK (on_figure_chosen), self);
}

/**
 * esc_cite_dialog_new:
 * @claim: a claim of @election cited from a passage (esc_cite_claim()), not in it yet
 *
 * Returns: (transfer none): the form, shown over @parent; Add puts @claim in @election
 *   through @history, or its passage in the claim of @election that states the same
 */
EscCiteDialog *
esc_cite_dialog_new (GtkWindow   *parent,
                     EscHistory  *history,
                     EscElection *election,
                     EscClaim    *claim)
{
  EscCiteDialog *self = dialog_new (parent, history, election, claim, NULL);

  offer_figures (self);
  self->same = esc_cite_find_same (election, claim);
  self->same_switch = esc_form_add_same_switch (GTK_WIDGET (self->quote_label), self->same);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/* The claim as the form has it, not in the election yet. */
EscClaim *
esc_cite_dialog_get_claim (EscCiteDialog *self)
{
  g_return_val_if_fail (ESC_IS_CITE_DIALOG (self), NULL);

  return self->claim;
}

/**
 * esc_cite_dialog_new_for_edit:
 * @claim: a claim of @election
 *
 * Returns: (transfer none): the form for @claim, shown over @parent; it edits a copy,
 *   and Save makes what changed one edit through @history
 */
EscCiteDialog *
esc_cite_dialog_new_for_edit (GtkWindow   *parent,
                              EscHistory  *history,
                              EscElection *election,
                              EscClaim    *claim)
{
  g_autoptr(EscClaim) copy = esc_edit_set_copy (claim);
  EscCiteDialog *self = dialog_new (parent, history, election, copy, claim);
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self->quote_label), ADW_TYPE_PREFERENCES_PAGE);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, _("Sources"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  self->sources = esc_source_list_new (group, claim);
  esc_form_check_set_dropped (self->check, esc_source_list_get_removed (self->sources));
  g_signal_connect_object (self->sources, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Figure"));
  gtk_button_set_label (self->add_button, _("_Save"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _("Save the changes to the figure (Ctrl+Enter)"));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
