/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Import Tally Sheets: a CSV file read off the main thread, its first rows shown with a
 * guess of what each column holds, which the user fixes (and joins party cards into a
 * candidate by giving them one name); then the count, on a worker with a progress bar
 * that Cancel stops; then the result (EscTallyView), where the user says which party
 * each candidate is, and Add puts the tally and its computed figures into the dataset
 * as one undoable edit. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-accessible.h"
#include "esc-chart-text.h"
#include "esc-file-read.h"
#include "esc-form.h"
#include "esc-tally-dialog.h"
#include "esc-tally-guess.h"
#include "esc-tally-import.h"
#include "esc-tally-view.h"

#define PREVIEW_ROWS 8

/* The encodings offered, UTF-8 (or UTF-16 with its mark) first. */
static const char * const encodings[] = { "UTF-8", "WINDOWS-1252", "ISO-8859-15", "UTF-16", NULL };

struct _EscTallyDialog
{
  AdwWindow parent_instance;

  EscHistory *history;
  EscDataset *dataset;
  GFile *file;
  GBytes *bytes;
  GPtrArray *columns;       /* EscTallyColumn, as guessed, then as the user set them */
  GPtrArray *role_dropdowns;
  GPtrArray *candidate_entries;
  EscTally *tally;
  GCancellable *cancellable;
  int progress;             /* per mille, written by the worker */
  guint progress_tick;      /* while counting */

  /* Template children */
  GtkStack *stack;
  GtkButton *count_button;
  GtkButton *add_button;
  AdwPreferencesGroup *file_group;
  AdwComboRow *encoding_row;
  AdwComboRow *election_row;
  AdwComboRow *by_row;
  AdwEntryRow *expected_row;
  AdwEntryRow *electorate_row;
  AdwEntryRow *missing_row;
  GtkGrid *preview_grid;
  GtkProgressBar *progress_bar;
  AdwStatusPage *problem_page;
  AdwBin *result_bin;
};

G_DEFINE_FINAL_TYPE (EscTallyDialog, esc_tally_dialog, ADW_TYPE_WINDOW)

static EscElection *
chosen_election (EscTallyDialog *self)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (self->dataset),
                                                           adw_combo_row_get_selected (self->election_row));

  return election;   /* the dataset keeps it */
}

static void
show_problem (EscTallyDialog *self,
              const char     *message)
{
  g_autofree char *name = g_file_get_basename (self->file);
  /* Translators: “actas.csv”: why it cannot be read. */
  g_autofree char *text = g_strdup_printf (_("“%s”: %s"), name, message);
  /* The status page reads its description as markup. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_status_page_set_description (self->problem_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "problem");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.count", FALSE);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, heading ? "heading" : "dim-label");
  gtk_widget_set_tooltip_text (label, text);
  return label;
}

static void
on_role_changed (GtkDropDown    *dropdown,
                 GParamSpec     *pspec,
                 EscTallyDialog *self)
{
  guint index;

  if (g_ptr_array_find (self->role_dropdowns, dropdown, &index))
    gtk_widget_set_visible (g_ptr_array_index (self->candidate_entries, index),
                            gtk_drop_down_get_selected (dropdown) == ESC_TALLY_VOTES);
}

/* A column's heading, its role, and for votes, whose they are. */
static void
add_column_controls (EscTallyDialog *self,
                     guint           i,
                     GtkStringList  *roles)
{
  EscTallyColumn *column = g_ptr_array_index (self->columns, i);
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (roles)), NULL);
  GtkWidget *entry = gtk_entry_new ();
  /* Translators: the accessible name of a column's role; %s is the column's header. */
  g_autofree char *what = g_strdup_printf (_("What “%s” holds"), column->header);
  /* Translators: the accessible name of a column's candidate; %s is the column's header. */
  g_autofree char *whose = g_strdup_printf (_("Whose votes “%s” counts"), column->header);

  gtk_grid_attach (self->preview_grid, cell_label (column->header, TRUE), i, 0, 1, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), column->role);
  esc_accessible_name_dropdown (GTK_DROP_DOWN (dropdown), what);
  gtk_grid_attach (self->preview_grid, dropdown, i, 1, 1, 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), column->candidate != NULL ? column->candidate : column->header);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, whose, -1);
  gtk_widget_set_tooltip_text (entry, _("The candidate these votes are for: columns with one name are added together"));
  gtk_widget_set_visible (entry, column->role == ESC_TALLY_VOTES);
  gtk_grid_attach (self->preview_grid, entry, i, 2, 1, 1);
  g_ptr_array_add (self->role_dropdowns, dropdown);
  g_ptr_array_add (self->candidate_entries, entry);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_role_changed), self);
}

static void
add_preview_rows (EscTallyDialog *self,
                  EscCsv         *csv)
{
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (EscCsvField));
  EscCsvRow row;

  esc_csv_rewind (csv);
  for (guint r = 0; r < PREVIEW_ROWS && esc_csv_next_row (csv, fields, &row); r++)
    for (guint i = 0; i < MIN (fields->len, self->columns->len); i++)
      {
        g_autofree char *text = esc_csv_field_dup (&g_array_index (fields, EscCsvField, i));

        gtk_grid_attach (self->preview_grid, cell_label (text, FALSE), i, 3 + r, 1, 1);
      }
}

static void
clear_preview (EscTallyDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);
  g_ptr_array_set_size (self->role_dropdowns, 0);
  g_ptr_array_set_size (self->candidate_entries, 0);
}

static void
fill_by_row (EscTallyDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint first_region = 0;

  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < self->columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (self->columns, i);

      gtk_string_list_append (names, column->header);
      if (first_region == 0 && column->role == ESC_TALLY_REGION)
        first_region = i + 1;
    }
  adw_combo_row_set_model (self->by_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->by_row, first_region);
}

/* Reads the file's text in the chosen encoding and shows its columns with their guesses. */
static void
read_columns (EscTallyDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EscCsv) csv = esc_csv_new (self->bytes, encodings[adw_combo_row_get_selected (self->encoding_row)], &error);
  g_auto(GStrv) role_names = g_new0 (char *, ESC_TALLY_VOTERS + 2);
  g_autoptr(GtkStringList) roles = NULL;

  clear_preview (self);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  gtk_stack_set_visible_child_name (self->stack, "columns");
  if (csv == NULL)
    {
      esc_tally_view_set_description (self->file_group, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.count", FALSE);
      return;
    }
  esc_tally_view_set_description (self->file_group, NULL);
  for (EscTallyRole role = ESC_TALLY_IGNORE; role <= ESC_TALLY_VOTERS; role++)
    role_names[role] = g_strdup (esc_tally_role_label (role));
  roles = gtk_string_list_new ((const char * const *) role_names);
  self->columns = esc_tally_guess_columns (csv);
  for (guint i = 0; i < self->columns->len; i++)
    add_column_controls (self, i, roles);
  add_preview_rows (self, csv);
  fill_by_row (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.count", TRUE);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(EscTallyDialog) self = data;
  g_autoptr(GError) error = NULL;

  self->bytes = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (self->bytes == NULL)
    show_problem (self, error->message);
  else
    read_columns (self);
}

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      file,
                GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *bytes = esc_file_read_bounded (file, ESC_CSV_MAX_SIZE, cancellable, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

/* The columns as the user set them. */
static GPtrArray *
columns_chosen (EscTallyDialog *self)
{
  GPtrArray *columns = esc_tally_columns_copy (self->columns);

  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);
      g_autofree char *candidate = esc_form_dup_text (g_ptr_array_index (self->candidate_entries, i));
      EscTallyRole role = gtk_drop_down_get_selected (g_ptr_array_index (self->role_dropdowns, i));

      g_clear_pointer (&column->candidate, g_free);
      column->per_centre = column->per_centre && role == column->role;
      column->role = role;
      if (role == ESC_TALLY_VOTES)
        column->candidate = candidate != NULL ? g_steal_pointer (&candidate) : g_strdup (column->header);
    }
  return columns;
}

/* What the worker reads: its own, since closing the dialog disposes of the dialog's
 * while the worker may still be counting. */
typedef struct {
  EscTallyDialog *dialog;   /* only its progress, written atomically */
  GBytes *bytes;
  char *name;
  GPtrArray *columns;
  char *by;
  const char *encoding;
} CountData;

static void
count_data_free (CountData *data)
{
  g_bytes_unref (data->bytes);
  g_free (data->name);
  g_ptr_array_unref (data->columns);
  g_free (data->by);
  g_free (data);
}

static void
on_progress (double   fraction,
             gpointer data)
{
  EscTallyDialog *self = data;

  g_atomic_int_set (&self->progress, (int) (fraction * 1000));
}

static void
count_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CountData *data = task_data;
  GError *error = NULL;
  g_autoptr(EscCsv) csv = esc_csv_new (data->bytes, data->encoding, &error);
  EscTally *tally = csv != NULL ? esc_tally_count (csv, data->columns, data->by, on_progress, data->dialog, cancellable, &error)
                                : NULL;

  if (tally == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Here too: hashing a large file takes as long as counting it. */
  esc_tally_set_file (tally, data->name, data->bytes);
  g_task_return_pointer (task, tally, g_object_unref);
}

static gboolean
tick_progress (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  EscTallyDialog *self = data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static guint64
entry_count (AdwEntryRow *row)
{
  g_autofree char *text = esc_form_dup_text (GTK_EDITABLE (row));
  EscCsvField field = { text, text != NULL ? strlen (text) : 0, FALSE };
  gint64 count = 0;

  return text != NULL && esc_csv_field_count (&field, &count) == ESC_CSV_COUNT ? (guint64) count : 0;
}

static void
show_result (EscTallyDialog *self)
{
  EscElection *election = chosen_election (self);

  esc_tally_set_expected (self->tally, (guint) MIN (entry_count (self->expected_row), G_MAXUINT));
  esc_tally_set_electorate (self->tally, (gint64) entry_count (self->electorate_row));
  esc_tally_set_missing (self->tally, (gint64) entry_count (self->missing_row));
  esc_tally_guess_parties (self->tally, election);
  adw_bin_set_child (self->result_bin, esc_tally_view_new (self->tally, election, TRUE));
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_set_visible (GTK_WIDGET (self->count_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.add", TRUE);
}

/* @data holds the dialog, so that its last reference goes here, on the main thread,
 * and never on the worker with the task. */
static void
on_counted (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(EscTallyDialog) self = data;
  g_autoptr(GError) error = NULL;

  gtk_widget_remove_tick_callback (GTK_WIDGET (self->progress_bar), self->progress_tick);
  self->progress_tick = 0;
  self->tally = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (self->tally == NULL)
    show_problem (self, error->message);
  else
    show_result (self);
}

static gboolean
any_votes (GPtrArray *columns)
{
  for (guint i = 0; i < columns->len; i++)
    if (((EscTallyColumn *) g_ptr_array_index (columns, i))->role == ESC_TALLY_VOTES)
      return TRUE;
  return FALSE;
}

static void
count_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EscTallyDialog *self = ESC_TALLY_DIALOG (widget);
  CountData *data = g_new0 (CountData, 1);
  guint by = adw_combo_row_get_selected (self->by_row);
  g_autoptr(GTask) task = NULL;

  if (self->columns == NULL)
    return;
  data->dialog = self;
  data->bytes = g_bytes_ref (self->bytes);
  data->name = g_file_get_basename (self->file);
  data->columns = columns_chosen (self);
  if (!any_votes (data->columns))
    {
      esc_tally_view_set_description (self->file_group, _("No column holds votes: say which columns count a candidate’s votes."));
      gtk_widget_error_bell (widget);
      count_data_free (data);
      return;
    }
  data->by = by > 0 && by <= self->columns->len ? g_strdup (((EscTallyColumn *) g_ptr_array_index (self->columns, by - 1))->header) : NULL;
  data->encoding = encodings[adw_combo_row_get_selected (self->encoding_row)];
  gtk_widget_action_set_enabled (widget, "tally.count", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "counting");
  g_atomic_int_set (&self->progress, 0);
  self->progress_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->progress_bar), tick_progress, self, NULL);
  task = g_task_new (NULL, self->cancellable, on_counted, g_object_ref (self));
  g_task_set_task_data (task, data, (GDestroyNotify) count_data_free);
  g_task_run_in_thread (task, count_in_thread);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EscTallyDialog *self = ESC_TALLY_DIALOG (widget);
  GArray *candidates = self->tally != NULL ? esc_tally_get_candidates (self->tally) : NULL;
  gboolean any_party = FALSE;

  if (self->tally == NULL)
    return;
  for (guint i = 0; i < candidates->len; i++)
    any_party |= g_array_index (candidates, EscTallyCandidate, i).party != NULL;
  if (!any_party)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("No Candidate Is One of the Election’s Parties"),
                                                  _("Pick the party of each candidate that is one: only they become figures on Results."));

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  esc_history_do (self->history, esc_tally_import_edit (self->dataset, chosen_election (self), self->tally));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_tally_dialog_dispose (GObject *object)
{
  EscTallyDialog *self = ESC_TALLY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_TALLY_DIALOG);
  g_clear_object (&self->history);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_object (&self->tally);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->role_dropdowns, g_ptr_array_unref);
  g_clear_pointer (&self->candidate_entries, g_ptr_array_unref);
  G_OBJECT_CLASS (esc_tally_dialog_parent_class)->dispose (object);
}

static void
esc_tally_dialog_class_init (EscTallyDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_tally_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-tally-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, count_button);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, file_group);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, election_row);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, by_row);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, expected_row);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, electorate_row);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, missing_row);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, problem_page);
  gtk_widget_class_bind_template_child (widget_class, EscTallyDialog, result_bin);
  gtk_widget_class_install_action (widget_class, "tally.count", NULL, count_action);
  gtk_widget_class_install_action (widget_class, "tally.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "tally.count", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "tally.add", NULL);
}

static void
esc_tally_dialog_init (EscTallyDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->role_dropdowns = g_ptr_array_new ();
  self->candidate_entries = g_ptr_array_new ();
  gtk_string_list_append (names, _("UTF-8"));
  gtk_string_list_append (names, _("Western (Windows-1252)"));
  gtk_string_list_append (names, _("Western (ISO-8859-15)"));
  gtk_string_list_append (names, _("Unicode (UTF-16)"));
  adw_combo_row_set_model (self->encoding_row, G_LIST_MODEL (names));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.count", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.add", FALSE);
}

static void
fill_elections (EscTallyDialog *self,
                EscElection    *election)
{
  GListModel *elections = esc_dataset_get_elections (self->dataset);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) each = g_list_model_get_item (elections, i);

      gtk_string_list_append (names, esc_localized_text_get (esc_election_get_title (each)));
      if (each == election)
        selected = i;
    }
  adw_combo_row_set_model (self->election_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->election_row, selected);
}

static void
set_count (AdwEntryRow *row,
           double       count)
{
  g_autofree char *text = g_strdup_printf ("%.0f", count);

  if (count > 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* What the dataset knows already, to start from: the sheets there are and the
 * electorate as an earlier import of the election's sheets gave them, or else the
 * electorate the election's figures give, official first. */
static void
fill_known_counts (EscTallyDialog *self,
                   EscElection    *election)
{
  GPtrArray *claims = esc_election_get_claims (election);
  EscClaim *electorate = NULL;
  EscTally *earlier = NULL;

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);
      GPtrArray *sources = esc_claim_get_sources (claim);

      if (esc_claim_get_measure (claim) == ESC_MEASURE_ELECTORATE
          && (electorate == NULL || esc_claim_get_status (claim) == ESC_STATUS_OFFICIAL))
        electorate = claim;
      if (sources->len > 0 && esc_source_get_tally (g_ptr_array_index (sources, 0)) != NULL)
        earlier = esc_source_get_tally (g_ptr_array_index (sources, 0));
    }
  if (electorate != NULL)
    set_count (self->electorate_row, esc_claim_get_value (electorate));
  if (earlier == NULL)
    return;
  set_count (self->expected_row, esc_tally_get_expected (earlier));
  /* Not the voters of the missing sheets: another file misses other sheets. */
  set_count (self->electorate_row, (double) esc_tally_get_electorate (earlier));
}

static void
on_encoding_changed (EscTallyDialog *self)
{
  if (self->bytes != NULL)
    read_columns (self);
}

/**
 * esc_tally_dialog_new:
 * @election: the election the figures go to, at first; the user can pick another
 *
 * Returns: (transfer none): the dialog, shown over @parent, reading @file
 */
EscTallyDialog *
esc_tally_dialog_new (GtkWindow   *parent,
                      EscHistory  *history,
                      EscDataset  *dataset,
                      EscElection *election,
                      GFile       *file)
{
  EscTallyDialog *self = g_object_new (ESC_TYPE_TALLY_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, on_read, g_object_ref (self));
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *escaped = g_markup_escape_text (name, -1);

  self->history = g_object_ref (history);
  self->dataset = g_object_ref (dataset);
  self->file = g_object_ref (file);
  /* The group reads its title as markup. */
  adw_preferences_group_set_title (self->file_group, escaped);
  fill_elections (self, election);
  fill_known_counts (self, election);
  g_signal_connect_swapped (self->encoding_row, "notify::selected", G_CALLBACK (on_encoding_changed), self);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
