/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing in the window: an edit marks the dataset modified and can be undone with
 * Ctrl+Z; Ctrl+S saves it to its file, which then holds the edit and is the window's
 * own (no reload); a file another program changed is not overwritten without asking;
 * and a window with unsaved changes asks before it closes. */
#include "config.h"

#include <glib/gstdio.h>

#include "esc-article-dialog.h"
#include "esc-cite-dialog.h"
#include "esc-edit-set.h"
#include "esc-new-dialog.h"
#include "esc-party-dialog.h"
#include "esc-reaction-dialog.h"
#include "esc-region-dialog.h"
#include "esc-source.h"
#include "esc-ui-test.h"
#include "esc-window-private.h"

typedef struct {
  char *folder;
  char *path;
  GFile *file;
} Copy;

/* A fixture copied where the test may write. */
static void
copy_fixture (Copy       *copy,
              const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  copy->folder = g_dir_make_tmp ("escrutinio-editing-XXXXXX", NULL);
  copy->path = g_build_filename (copy->folder, name, NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy->path, contents, length, NULL));
  copy->file = g_file_new_for_path (copy->path);
}

static void
remove_copy (Copy *copy)
{
  g_autoptr(GDir) dir = g_dir_open (copy->folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (copy->folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (copy->folder);
  g_free (copy->folder);
  g_free (copy->path);
  g_object_unref (copy->file);
}

static gboolean
is_cleared (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

static gboolean
shows_file (gpointer data)
{
  EscWindow *window = ((gpointer *) data)[0];
  GFile *file = ((gpointer *) data)[1];

  return esc_window_get_file (window) != NULL && g_file_equal (esc_window_get_file (window), file);
}

static gboolean
is_modified (gpointer window)
{
  return esc_window_is_modified (window);
}

static gboolean
is_saved (gpointer window)
{
  return !esc_window_is_modified (window);
}

static EscParty *
first_party (EscWindow *window)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (esc_window_get_dataset (window)), 0);

  return g_ptr_array_index (esc_election_get_parties (election), 0);
}

static void
rename_party (EscWindow  *window,
              const char *short_name)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, short_name);
  esc_history_do (esc_window_get_history (window), esc_edit_set_new (first_party (window), "short-name", &value));
}

static gboolean
subtitle_marked (gpointer window)
{
  AdwViewSwitcherTitle *title = ESC_WINDOW (window)->switcher_title;

  return g_str_has_prefix (adw_view_switcher_title_get_subtitle (title), "• ");
}

static gboolean
dialog_shown (gpointer heading)
{
  GtkWindow *dialog = esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), heading) == 0;
}

/* As a click on one of the dialog's buttons: the response, and the dialog closes
 * (adw_message_dialog_response() alone leaves it open). */
static void
respond (const char *response)
{
  GtkWindow *dialog = esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  /* A response that closes the window takes its dialogs with it. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  if (dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      gtk_window_destroy (dialog);
    }
}

static void
check_save_and_undo (EscApplication *app,
                     EscWindow      *window,
                     gpointer        user_data)
{
  Copy copy;
  gpointer showing[2];
  g_autofree char *saved = NULL;
  EscDataset *dataset;
  g_autofree char *before = NULL;

  copy_fixture (&copy, "synthetic-parliament.json");
  showing[0] = window, showing[1] = copy.file;
  esc_window_open_file (window, copy.file);
  esc_ui_test_wait_until (shows_file, showing, "the copy to load");
  dataset = esc_window_get_dataset (window);
  before = g_strdup (esc_party_get_short_name (first_party (window)));
  g_assert_false (esc_window_is_modified (window));

  rename_party (window, "EDITED");
  g_assert_true (esc_window_is_modified (window));
  g_assert_true (subtitle_marked (window));

  /* Ctrl+S saves to the file it came from, which then holds the edit. */
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+s");
  esc_ui_test_wait_until (is_saved, window, "the dataset to be saved");
  g_assert_true (g_file_get_contents (copy.path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"EDITED\""));
  g_assert_false (subtitle_marked (window));
  /* The window's own save is not another program's change: nothing to reload. */
  g_assert_true (esc_window_edit_file_is_ours (window));
  g_assert_true (esc_window_get_dataset (window) == dataset);

  /* Ctrl+Z undoes it; the file still has it, so the dataset is modified again. */
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  esc_ui_test_wait_until (is_modified, window, "Ctrl+Z to undo the edit");
  g_assert_cmpstr (esc_party_get_short_name (first_party (window)), ==, before);
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+shift+z");
  esc_ui_test_wait_until (is_saved, window, "Shift+Ctrl+Z to redo it");
  g_assert_cmpstr (esc_party_get_short_name (first_party (window)), ==, "EDITED");

  /* Another program writes the file: saving asks before replacing its changes. */
  g_assert_true (g_file_set_contents (copy.path, "{}", -1, NULL));
  rename_party (window, "AGAIN");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  esc_ui_test_wait_until (dialog_shown, "The File Changed on Disk", "the dialog about the changed file");
  respond ("cancel");
  g_clear_pointer (&saved, g_free);
  g_assert_true (g_file_get_contents (copy.path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, "{}");
  g_assert_true (esc_window_is_modified (window));

  /* Closing asks; Discard closes without saving. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  esc_ui_test_wait_until (dialog_shown, "Save Changes?", "the dialog about unsaved changes");
  g_assert_nonnull (window);
  respond ("discard");
  esc_ui_test_wait_until (is_cleared, &window, "the window to close");
  g_clear_pointer (&saved, g_free);
  g_assert_true (g_file_get_contents (copy.path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, "{}");
  remove_copy (&copy);
}

static void
test_save_and_undo (void)
{
  esc_ui_test_run_app (check_save_and_undo, NULL);
}

typedef struct {
  GPtrArray *claims;
  guint length;
} Length;

/* A dataset with errors: Save lists them and writes nothing; Save Anyway writes it. */
static void
check_save_with_errors (EscApplication *app,
                        EscWindow      *window,
                        gpointer        user_data)
{
  Copy copy;
  gpointer showing[2];
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  copy_fixture (&copy, "synthetic-parliament.json");
  showing[0] = window, showing[1] = copy.file;
  esc_window_open_file (window, copy.file);
  esc_ui_test_wait_until (shows_file, showing, "the copy to load");
  g_assert_true (g_file_get_contents (copy.path, &original, NULL, NULL));

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Not An Id!");
  esc_history_do (esc_window_get_history (window), esc_edit_set_new (first_party (window), "id", &value));
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+s");
  esc_ui_test_wait_until (dialog_shown, "The Dataset Has Errors", "the list of the dataset's errors");
  g_assert_true (g_file_get_contents (copy.path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, original);
  g_assert_true (esc_window_is_modified (window));

  respond ("save");
  esc_ui_test_wait_until (is_saved, window, "Save Anyway to write the file");
  g_clear_pointer (&saved, g_free);
  g_assert_true (g_file_get_contents (copy.path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"Not An Id!\""));
  remove_copy (&copy);
}

static void
test_save_with_errors (void)
{
  esc_ui_test_run_app (check_save_with_errors, NULL);
}

static gboolean
cite_dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG) != NULL;
}

/* Selects @passage in the reader, as a user would with the keyboard or the pointer. */
static void
select_passage (EscWindow  *window,
                const char *passage)
{
  GtkTextView *view = esc_sources_page_get_text_view (window->sources_page);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, passage, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

/* A passage selected in the reader, Ctrl+E: the form comes prefilled from it, and
 * Ctrl+Enter adds the claim it states to the election on show; Ctrl+Z takes it out. */
static void
check_cite_figure (EscApplication *app,
                   EscWindow      *window,
                   gpointer        user_data)
{
  EscElection *election;
  GPtrArray *claims;
  Length wait;
  EscClaim *cited;
  EscSource *source;
  GtkWidget *dialog;
  GtkSwitch *same;

  esc_election_menu_set_selected (window->election_menu, 1);
  election = esc_window_selected_election (window);
  g_assert_cmpstr (esc_election_get_id (election), ==, "ve-presidential-2024");
  claims = esc_election_get_claims (election);
  wait = (Length) { claims, claims->len + 1 };
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-article", "s",
                                             "presidential-maduro-declared-winner"));
  select_passage (window, "Maduro had 51% of the vote");

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+e");
  esc_ui_test_wait_until (cite_dialog_shown, NULL, "the Cite as Figure form");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG));
  esc_ui_test_wait_mapped (dialog);
  esc_ui_test_screenshot (dialog);
  /* The dataset has this figure from another passage: the form offers to add the
   * passage to it; switched off, the figure is a new one. */
  same = GTK_SWITCH (esc_ui_test_find_widget (dialog, GTK_TYPE_SWITCH));
  g_assert_nonnull (same);
  g_assert_true (gtk_switch_get_active (same));
  gtk_switch_set_active (same, FALSE);
  esc_ui_test_press_keys (dialog, "ctrl+Return");
  esc_ui_test_wait_length (wait.claims, wait.length, "the cited claim to be added");

  cited = g_ptr_array_index (claims, claims->len - 1);
  source = g_ptr_array_index (esc_claim_get_sources (cited), 0);
  g_assert_cmpfloat (esc_claim_get_value (cited), ==, 51);
  g_assert_cmpint (esc_claim_get_unit (cited), ==, ESC_UNIT_PERCENT);
  g_assert_cmpint (esc_claim_get_measure (cited), ==, ESC_MEASURE_VOTE_SHARE);
  g_assert_cmpstr (esc_party_get_id (esc_claim_get_subject (cited)), ==, "maduro");
  g_assert_cmpstr (esc_source_get_quote (source), ==, "Maduro had 51% of the vote");
  g_assert_cmpint (esc_claim_get_claimant_kind (cited), ==, ESC_CLAIMANT_OUTLET);
  g_assert_true (esc_window_is_modified (window));

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  wait.length--;
  esc_ui_test_wait_length (wait.claims, wait.length, "Ctrl+Z to take the claim out");
  g_assert_false (esc_window_is_modified (window));
}

static void
test_cite_figure (void)
{
  esc_ui_test_run_app (check_cite_figure, NULL);
}

/* A passage that states a figure the dataset has: Add, the switch left on, makes it
 * one more source of that figure, no new figure; Ctrl+Z takes it out. */
static void
check_cite_same (EscApplication *app,
                 EscWindow      *window,
                 gpointer        user_data)
{
  EscElection *election;
  GPtrArray *claims;
  EscClaim *same = NULL;
  guint n_claims;
  Length sources;

  esc_election_menu_set_selected (window->election_menu, 1);
  election = esc_window_selected_election (window);
  claims = esc_election_get_claims (election);
  n_claims = claims->len;
  for (guint i = 0; i < claims->len && same == NULL; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);

      if (esc_claim_get_value (claim) == 51 && esc_claim_get_measure (claim) == ESC_MEASURE_VOTE_SHARE)
        same = claim;
    }
  g_assert_nonnull (same);
  sources = (Length) { esc_claim_get_sources (same), esc_claim_get_sources (same)->len + 1 };
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-article", "s",
                                             "presidential-maduro-declared-winner"));
  select_passage (window, "Maduro had 51% of the vote");
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+e");
  esc_ui_test_wait_until (cite_dialog_shown, NULL, "the Cite as Figure form");
  esc_ui_test_wait_mapped (GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG)));
  esc_ui_test_press_keys (GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG)), "ctrl+Return");
  esc_ui_test_wait_length (sources.claims, sources.length, "the passage to become a source of the figure");
  g_assert_cmpuint (claims->len, ==, n_claims);
  g_assert_cmpstr (esc_source_get_quote (g_ptr_array_index (sources.claims, sources.length - 1)), ==,
                   "Maduro had 51% of the vote");

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  sources.length--;
  esc_ui_test_wait_length (sources.claims, sources.length, "Ctrl+Z to take the source out");
  g_assert_false (esc_window_is_modified (window));
}

static void
test_cite_same (void)
{
  esc_ui_test_run_app (check_cite_same, NULL);
}

/* A passage with two figures: the form offers both, the likelier first; choosing the
 * other fills the form from it, its candidate the one named beside it. */
static void
check_cite_two_figures (EscApplication *app,
                        EscWindow      *window,
                        gpointer        user_data)
{
  EscCiteDialog *dialog;
  AdwComboRow *figure_row;
  GtkWidget *value_row;
  EscClaim *claim;

  esc_election_menu_set_selected (window->election_menu, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-article", "s",
                                             "presidential-maduro-declared-winner"));
  select_passage (window, "Maduro had 51% of the vote compared to 44% for opposition candidate Edmundo González");
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+e");
  esc_ui_test_wait_until (cite_dialog_shown, NULL, "the Cite as Figure form");
  dialog = ESC_CITE_DIALOG (esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG));
  figure_row = ADW_COMBO_ROW (esc_ui_test_find_row (GTK_WIDGET (dialog), "_Which Figure of the Passage"));
  value_row = esc_ui_test_find_row (GTK_WIDGET (dialog), "_Value");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (figure_row)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (figure_row)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (figure_row), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value_row)), ==, "51");

  adw_combo_row_set_selected (figure_row, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value_row)), ==, "44");
  claim = esc_cite_dialog_get_claim (dialog);
  g_assert_cmpfloat (esc_claim_get_value (claim), ==, 44);
  g_assert_cmpstr (esc_party_get_id (esc_claim_get_subject (claim)), ==, "gonzalez");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_cite_two_figures (void)
{
  esc_ui_test_run_app (check_cite_two_figures, NULL);
}

static gboolean
reaction_dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_REACTION_DIALOG) != NULL;
}

/* Cite as Reaction (Shift+Ctrl+E): the country the passage names and the stance its
 * words say, added with Ctrl+Enter. */
static void
check_cite_reaction (EscApplication *app,
                     EscWindow      *window,
                     gpointer        user_data)
{
  EscElection *election;
  GPtrArray *reactions;
  Length wait;
  EscReaction *cited;

  esc_election_menu_set_selected (window->election_menu, 1);
  election = esc_window_selected_election (window);
  reactions = esc_election_get_reactions (election);
  wait = (Length) { reactions, reactions->len + 1 };
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-article", "s",
                                             "presidential-maduro-declared-winner"));
  select_passage (window, "Chile’s President Gabriel Boric called the election results “difficult to believe.”");
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+shift+e");
  esc_ui_test_wait_until (reaction_dialog_shown, NULL, "the Cite as Reaction form");
  esc_ui_test_wait_mapped (GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_REACTION_DIALOG)));
  esc_ui_test_screenshot (GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_REACTION_DIALOG)));
  esc_ui_test_press_keys (GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_REACTION_DIALOG)), "ctrl+Return");
  esc_ui_test_wait_length (wait.claims, wait.length, "the cited reaction to be added");
  cited = g_ptr_array_index (reactions, reactions->len - 1);
  g_assert_cmpstr (esc_reaction_get_country (cited), ==, "CL");
  g_assert_cmpint (esc_reaction_get_stance (cited), ==, ESC_STANCE_QUESTIONED);
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  wait.length--;
  esc_ui_test_wait_length (wait.claims, wait.length, "Ctrl+Z to take the reaction out");
}

static void
test_cite_reaction (void)
{
  esc_ui_test_run_app (check_cite_reaction, NULL);
}

static gboolean
article_dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_ARTICLE_DIALOG) != NULL;
}

static gboolean
shows_sources (gpointer window)
{
  return g_strcmp0 (esc_window_get_visible_view (window), "sources") == 0;
}

/* Add Article: the text pasted is split into paragraphs at blank lines, the article
 * gets an id from its title and is shown in Sources; Ctrl+Z takes it out. */
static void
check_add_article (EscApplication *app,
                   EscWindow      *window,
                   gpointer        user_data)
{
  GPtrArray *articles = esc_dataset_get_articles (esc_window_get_dataset (window));
  Length wait = { articles, articles->len + 1 };
  GtkWidget *dialog;
  EscArticle *added;
  const char * const *paragraphs;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-article", NULL));
  esc_ui_test_wait_until (article_dialog_shown, NULL, "the Add Article form");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_ARTICLE_DIALOG));
  esc_ui_test_wait_mapped (dialog);
  esc_ui_test_fill_row (dialog, "_Title", "Turnout Rises in the Capital");
  esc_ui_test_fill_row (dialog, "_Outlet", "The Example Gazette");
  esc_ui_test_fill_row (dialog, "_Published (YYYY-MM-DD)", "2024-07-30");
  esc_ui_test_fill_row (dialog, "_Link", "file:///etc/passwd");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (esc_ui_test_find_widget (dialog, GTK_TYPE_TEXT_VIEW))),
                            "Turnout reached 59.97% in the capital,\nofficials said.\n\n\nThe count went on.\n", -1);
  /* Only http and https links: Add does nothing yet. */
  gtk_widget_activate_action (dialog, "article.add", NULL);
  g_assert_cmpuint (articles->len, ==, wait.length - 1);
  esc_ui_test_fill_row (dialog, "_Link", "https://example.org/turnout");
  esc_ui_test_screenshot (dialog);

  esc_ui_test_press_keys (dialog, "ctrl+Return");
  esc_ui_test_wait_length (wait.claims, wait.length, "the article to be added");
  added = g_ptr_array_index (articles, articles->len - 1);
  paragraphs = esc_article_get_paragraphs (added);
  g_assert_cmpstr (esc_article_get_id (added), ==, "turnout-rises-in-the-capital");
  g_assert_cmpuint (g_strv_length ((char **) paragraphs), ==, 2);
  g_assert_cmpstr (paragraphs[0], ==, "Turnout reached 59.97% in the capital, officials said.");
  g_assert_cmpstr (esc_article_get_outlet (added), ==, "The Example Gazette");
  g_assert_cmpstr (esc_article_get_url (added), ==, "https://example.org/turnout");
  esc_ui_test_wait_until (shows_sources, window, "Sources to show the new article");

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  wait.length--;
  esc_ui_test_wait_length (wait.claims, wait.length, "Ctrl+Z to take the article out");
}

static void
test_add_article (void)
{
  esc_ui_test_run_app (check_add_article, NULL);
}

static gboolean
new_dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_NEW_DIALOG) != NULL;
}

static gboolean
party_dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_PARTY_DIALOG) != NULL;
}

static gboolean
second_window (gpointer app)
{
  return g_list_length (gtk_application_get_windows (app)) == 2;
}

/* New Dataset: a title, an election, a country and a kind make a dataset in a window
 * of its own, unsaved; a party added to it and saved, the file validates. */
static void
check_new_dataset (EscApplication *app,
                   EscWindow      *window,
                   gpointer        user_data)
{
  g_autofree char *folder = g_dir_make_tmp ("escrutinio-new-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "new.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EscDataset) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscElection) election = NULL;
  g_autoptr(EscElection) saved_election = NULL;
  GtkWidget *dialog;
  EscWindow *made;
  GPtrArray *parties;
  Length wait;

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+n");
  esc_ui_test_wait_until (new_dialog_shown, NULL, "the New Dataset form");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_NEW_DIALOG));
  esc_ui_test_wait_mapped (dialog);
  esc_ui_test_fill_row (dialog, "Dataset _Title", "Atlantis votes");
  esc_ui_test_fill_row (dialog, "_Election", "Atlantis general election");
  esc_ui_test_fill_row (dialog, "Country _Code (ISO 3166, such as VE)", "pt");
  esc_ui_test_press_keys (dialog, "ctrl+Return");
  esc_ui_test_wait_until (second_window, app, "the new dataset's window");

  made = ESC_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_true (made != window);
  esc_ui_test_wait_mapped (GTK_WIDGET (made));
  election = g_list_model_get_item (esc_dataset_get_elections (esc_window_get_dataset (made)), 0);
  g_assert_cmpstr (esc_election_get_country (election), ==, "PT");
  g_assert_cmpstr (esc_election_get_id (election), ==, "atlantis-general-election");
  g_assert_true (esc_window_is_modified (made));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (made), "win.add-party", NULL));
  esc_ui_test_wait_until (party_dialog_shown, NULL, "the Add Party form");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_PARTY_DIALOG));
  esc_ui_test_wait_mapped (dialog);
  esc_ui_test_fill_row (dialog, "_Name", "Partido da Maré");
  esc_ui_test_fill_row (dialog, "_Short Name", "PM");
  parties = esc_election_get_parties (election);
  wait = (Length) { parties, 1 };
  esc_ui_test_press_keys (dialog, "ctrl+Return");
  esc_ui_test_wait_length (wait.claims, wait.length, "the party to be added");
  g_assert_cmpstr (esc_party_get_id (g_ptr_array_index (parties, 0)), ==, "partido-da-mare");

  esc_window_save_to (made, file);
  esc_ui_test_wait_until (is_saved, made, "the new dataset to be saved");
  saved = esc_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  saved_election = g_list_model_get_item (esc_dataset_get_elections (saved), 0);
  g_assert_cmpstr (esc_party_get_short_name (g_ptr_array_index (esc_election_get_parties (saved_election), 0)), ==, "PM");
  esc_ui_test_screenshot (GTK_WIDGET (made));
  g_unlink (path);
  g_rmdir (folder);
}

static void
test_new_dataset (void)
{
  esc_ui_test_run_app (check_new_dataset, NULL);
}

static gboolean
has_autosave (gpointer data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "escrutinio", "autosave", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".json");
  return n == GPOINTER_TO_UINT (data);
}

/* The first run: an edit, autosaved, and the window gone without a word, as in a crash. */
static void
edit_and_crash (EscApplication *app,
                EscWindow      *window,
                gpointer        user_data)
{
  Copy *copy = user_data;
  gpointer showing[2] = { window, copy->file };

  esc_window_open_file (window, copy->file);
  esc_ui_test_wait_until (shows_file, showing, "the copy to load");
  rename_party (window, "UNSAVED");
  esc_ui_test_wait_until (has_autosave, GUINT_TO_POINTER (1), "the edit to be autosaved");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
recovered (gpointer app)
{
  GList *windows = gtk_application_get_windows (app);

  return windows != NULL && esc_window_get_file (windows->data) != NULL;
}

/* The next run: the first window offers the work back, and Recover shows it, unsaved,
 * for the file it came from; discarding it removes the copy. */
static void
recover (EscApplication *app,
         EscWindow      *window,
         gpointer        user_data)
{
  Copy *copy = user_data;

  g_assert_true (has_autosave (GUINT_TO_POINTER (1)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.recover", NULL));
  esc_ui_test_wait_until (recovered, app, "the work to be recovered");
  window = ESC_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_true (g_file_equal (esc_window_get_file (window), copy->file));
  g_assert_cmpstr (esc_party_get_short_name (first_party (window)), ==, "UNSAVED");
  g_assert_true (esc_window_is_modified (window));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  esc_ui_test_wait_until (dialog_shown, "Save Changes?", "the dialog about unsaved changes");
  respond ("discard");
  esc_ui_test_wait_until (is_cleared, &window, "the window to close");
  g_assert_true (has_autosave (GUINT_TO_POINTER (0)));
}

static void
test_recover (void)
{
  Copy copy;

  g_setenv ("ESC_AUTOSAVE_DELAY_MS", "0", TRUE);
  copy_fixture (&copy, "synthetic-parliament.json");
  esc_ui_test_run_app (edit_and_crash, &copy);
  esc_ui_test_run_app (recover, &copy);
  remove_copy (&copy);
}

static gboolean
is_combo_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static void
choose (GtkWidget  *dialog,
        const char *title,
        guint       position)
{
  GtkWidget *row = esc_ui_test_find (dialog, is_combo_row_titled, title);

  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);
}

static gboolean
dialog_of_type_shown (gpointer type)
{
  return esc_ui_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* Opens the form @keys or @action bring up over @window, of @type, and waits for it. */
static GtkWidget *
open_form (EscWindow  *window,
           const char *keys,
           const char *action,
           GType       type)
{
  GtkWidget *dialog;

  if (keys != NULL)
    esc_ui_test_press_keys (GTK_WIDGET (window), keys);
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  esc_ui_test_wait_until (dialog_of_type_shown, GSIZE_TO_POINTER (type), g_type_name (type));
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (type));
  esc_ui_test_wait_mapped (dialog);
  return dialog;
}

/* Ctrl+Enter in @dialog, and the wait for @list to have one item more. */
static void
add_with_keys (GtkWidget  *dialog,
               GPtrArray  *list,
               const char *what)
{
  Length wait = { list, list->len + 1 };

  esc_ui_test_press_keys (dialog, "ctrl+Return");
  esc_ui_test_wait_length (wait.claims, wait.length, what);
}

static void
cite (EscWindow  *window,
      const char *passage,
      const char *keys,
      GType       type,
      GPtrArray  *list,
      const char *what)
{
  select_passage (window, passage);
  add_with_keys (open_form (window, keys, NULL, type), list, what);
}

/* A dataset from nothing: made, a party coloured, an article pasted, two figures, a
 * reaction and a region cited from passages with the keyboard; saved, it validates,
 * and reopened it is the same. */
static void
check_from_nothing (EscApplication *app,
                    EscWindow      *window,
                    gpointer        user_data)
{
  g_autofree char *folder = g_dir_make_tmp ("escrutinio-nothing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "testland.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) saved = NULL;
  g_autoptr(EscElection) election = NULL;
  gpointer showing[2] = { NULL, file };
  GdkRGBA blue = { 0.1, 0.3, 0.8, 1 };
  EscParty *party;
  GtkWidget *dialog;
  EscWindow *made;

  dialog = open_form (window, "ctrl+n", NULL, ESC_TYPE_NEW_DIALOG);
  esc_ui_test_fill_row (dialog, "Dataset _Title", "Testland votes");
  esc_ui_test_fill_row (dialog, "_Election", "Testland regional election");
  esc_ui_test_fill_row (dialog, "Country _Code (ISO 3166, such as VE)", "VE");
  choose (dialog, "_Kind", ESC_ELECTION_REGIONAL);
  esc_ui_test_press_keys (dialog, "ctrl+Return");
  esc_ui_test_wait_until (second_window, app, "the new dataset's window");
  made = ESC_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  esc_ui_test_wait_mapped (GTK_WIDGET (made));
  election = g_list_model_get_item (esc_dataset_get_elections (esc_window_get_dataset (made)), 0);

  dialog = open_form (made, NULL, "win.add-party", ESC_TYPE_PARTY_DIALOG);
  esc_ui_test_fill_row (dialog, "_Name", "Partido Azul");
  esc_ui_test_fill_row (dialog, "_Short Name", "PA");
  choose (dialog, "_Bloc", ESC_BLOC_GOVERNMENT);
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (esc_ui_test_find_widget (dialog, GTK_TYPE_COLOR_BUTTON)), &blue);
  gtk_switch_set_active (GTK_SWITCH (esc_ui_test_find_widget (dialog, GTK_TYPE_SWITCH)), TRUE);
  add_with_keys (dialog, esc_election_get_parties (election), "the party to be added");
  party = g_ptr_array_index (esc_election_get_parties (election), 0);

  dialog = open_form (made, NULL, "win.add-article", ESC_TYPE_ARTICLE_DIALOG);
  esc_ui_test_fill_row (dialog, "_Title", "Resultados en Testland");
  esc_ui_test_fill_row (dialog, "_Outlet", "Diario de Prueba");
  choose (dialog, "_Language", 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (esc_ui_test_find_widget (dialog, GTK_TYPE_TEXT_VIEW))),
                            "El Partido Azul obtuvo 51,2 % de los votos.\n\n"
                            "La participación fue de 60,5 %.\n\n"
                            "El Partido Azul ganó en Zulia.\n\n"
                            "Brasil felicitó al Partido Azul.", -1);
  add_with_keys (dialog, esc_dataset_get_articles (esc_window_get_dataset (made)), "the article to be added");
  esc_ui_test_wait_until (shows_sources, made, "Sources to show the article");

  cite (made, "El Partido Azul obtuvo 51,2 % de los votos", "ctrl+e", ESC_TYPE_CITE_DIALOG,
        esc_election_get_claims (election), "the vote share to be cited");
  cite (made, "La participación fue de 60,5 %", "ctrl+e", ESC_TYPE_CITE_DIALOG,
        esc_election_get_claims (election), "the turnout to be cited");
  cite (made, "Brasil felicitó al Partido Azul", "ctrl+shift+e", ESC_TYPE_REACTION_DIALOG,
        esc_election_get_reactions (election), "the reaction to be cited");
  cite (made, "El Partido Azul ganó en Zulia", "ctrl+alt+e", ESC_TYPE_REGION_DIALOG,
        esc_election_get_regions (election), "the region to be cited");

  esc_window_save_to (made, file);
  esc_ui_test_wait_until (is_saved, made, "the dataset to be saved");
  saved = esc_dataset_new_from_file (file, &problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (esc_problems_have_errors (problems));

  /* Reopened, it is what was made. */
  esc_window_open_file (made, file);
  showing[0] = made;
  esc_ui_test_wait_until (shows_file, showing, "the saved dataset to reopen");
  g_clear_object (&election);
  election = g_list_model_get_item (esc_dataset_get_elections (esc_window_get_dataset (made)), 0);
  party = g_ptr_array_index (esc_election_get_parties (election), 0);
  g_assert_true (esc_party_get_color (party, NULL));
  g_assert_cmpuint (esc_election_get_claims (election)->len, ==, 2);
  g_assert_cmpfloat (esc_claim_get_value (g_ptr_array_index (esc_election_get_claims (election), 0)), ==, 51.2);
  g_assert_true (esc_claim_get_subject (g_ptr_array_index (esc_election_get_claims (election), 0)) == party);
  g_assert_cmpint (esc_claim_get_measure (g_ptr_array_index (esc_election_get_claims (election), 1)), ==, ESC_MEASURE_TURNOUT);
  g_assert_cmpstr (esc_reaction_get_country (g_ptr_array_index (esc_election_get_reactions (election), 0)), ==, "BR");
  g_assert_cmpstr (esc_region_get_code (g_ptr_array_index (esc_election_get_regions (election), 0)), ==, "VE-V");
  g_unlink (path);
  g_rmdir (folder);
}

static void
test_from_nothing (void)
{
  esc_ui_test_run_app (check_from_nothing, NULL);
}

typedef struct {
  GListModel *rows;
  guint n;
} Rows;

static gboolean
edit_dialog_shown (gpointer data)
{
  GtkWindow *dialog = esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG);

  return dialog != NULL && g_strcmp0 (gtk_window_get_title (dialog), "Edit Figure") == 0;
}

static gboolean
claim_value_is (gpointer data)
{
  gpointer *pair = data;

  return esc_claim_get_value (pair[0]) == *(double *) pair[1];
}

/* The Table (Alt+4): every claim of the election, filtered by text; Enter edits the
 * selected claim in the form, Delete removes it, and undo brings each back; CSV as
 * shown. */
/* The Table's filter, not the search of its kind selector's list. */
static gboolean
is_table_filter (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN) == NULL;
}

static void
check_table (EscApplication *app,
             EscWindow      *window,
             gpointer        user_data)
{
  EscElection *election;
  GPtrArray *claims;
  GListModel *rows;
  Rows wait;
  Length length;
  EscClaim *first;
  GtkWidget *dialog;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  double old_value, new_value = 52;
  gpointer pair[2];

  esc_election_menu_set_selected (window->election_menu, 1);
  election = esc_window_selected_election (window);
  claims = esc_election_get_claims (election);
  esc_ui_test_press_keys (GTK_WIDGET (window), "alt+4");
  rows = esc_items_table_get_rows (window->items_table);
  wait = (Rows) { rows, claims->len };
  esc_ui_test_wait_n_items (wait.rows, wait.n, "the table to show every claim");

  csv = esc_items_table_to_csv (window->items_table);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, claims->len + 2);
  g_assert_true (g_str_has_prefix (lines[0], "Measure,Subject,Value,"));

  gtk_editable_set_text (GTK_EDITABLE (esc_ui_test_find (GTK_WIDGET (window->items_table), is_table_filter, NULL)),
                         "González");
  wait.n = 0;
  for (guint i = 0; i < claims->len; i++)
    wait.n += esc_claim_get_subject (g_ptr_array_index (claims, i)) != NULL
              && g_str_equal (esc_party_get_id (esc_claim_get_subject (g_ptr_array_index (claims, i))), "gonzalez");
  g_assert_cmpuint (wait.n, >, 0);
  esc_ui_test_wait_n_items (wait.rows, wait.n, "the filter to leave González's claims");

  /* Enter on the first row edits it in the form. */
  first = g_list_model_get_item (rows, 0);
  g_object_unref (first);   /* the election keeps it */
  old_value = esc_claim_get_value (first);
  gtk_widget_child_focus (esc_ui_test_find_widget (GTK_WIDGET (window->items_table), GTK_TYPE_COLUMN_VIEW), GTK_DIR_TAB_FORWARD);
  esc_ui_test_press_keys (GTK_WIDGET (window), "Return");
  esc_ui_test_wait_until (edit_dialog_shown, NULL, "the Edit Figure form");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG));
  esc_ui_test_wait_mapped (dialog);
  esc_ui_test_fill_row (dialog, "_Value", "52");
  g_assert_cmpfloat (esc_claim_get_value (first), ==, old_value);
  esc_ui_test_press_keys (dialog, "ctrl+Return");
  pair[0] = first, pair[1] = &new_value;
  esc_ui_test_wait_until (claim_value_is, pair, "the edit to be saved");
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  pair[1] = &old_value;
  esc_ui_test_wait_until (claim_value_is, pair, "Ctrl+Z to undo the edit");

  /* Delete removes the selected claim; Ctrl+Z brings it back. */
  length = (Length) { claims, claims->len - 1 };
  gtk_widget_activate_action (GTK_WIDGET (window->items_table), "table.delete", NULL);
  esc_ui_test_wait_length (length.claims, length.length, "the claim to be deleted");
  /* The toast's Undo: where the focus is in the filter, Ctrl+Z is the entry's own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  length.length++;
  esc_ui_test_wait_length (length.claims, length.length, "Ctrl+Z to bring it back");
  g_assert_false (esc_window_is_modified (window));
}

static void
test_table (void)
{
  esc_ui_test_run_app (check_table, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/editing/save-and-undo", test_save_and_undo);
  g_test_add_func ("/ui/editing/save-with-errors", test_save_with_errors);
  g_test_add_func ("/ui/editing/cite-figure", test_cite_figure);
  g_test_add_func ("/ui/editing/cite-same", test_cite_same);
  g_test_add_func ("/ui/editing/cite-two-figures", test_cite_two_figures);
  g_test_add_func ("/ui/editing/cite-reaction", test_cite_reaction);
  g_test_add_func ("/ui/editing/add-article", test_add_article);
  g_test_add_func ("/ui/editing/new-dataset", test_new_dataset);
  g_test_add_func ("/ui/editing/recover", test_recover);
  g_test_add_func ("/ui/editing/from-nothing", test_from_nothing);
  g_test_add_func ("/ui/editing/table", test_table);

  return g_test_run ();
}
