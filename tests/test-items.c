/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing and deleting any item from the Table, under Xvfb: a party edited in the form
 * made from its properties, which lists the loader's problems as the user types and
 * will not save an item with errors; an article deleted with what cites it listed
 * first; and each undone with Ctrl+Z. */
#include "config.h"

#include "esc-cite-dialog.h"
#include "esc-item-form.h"
#include "esc-ui-test.h"
#include "esc-window-private.h"

typedef struct {
  GListModel *rows;
  guint n;
} Rows;

static gboolean
form_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_ITEM_FORM) != NULL;
}

static gboolean
is_save_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "form.save") == 0;
}

typedef struct {
  GtkWidget *form;
  gboolean checked;
  gboolean can_save;
} Check;

static void
on_checked (Check *check)
{
  check->checked = TRUE;
}

/* The loader has checked what was typed last, and Save is as expected. */
static gboolean
checked_and_save_is (gpointer data)
{
  Check *check = data;

  return check->checked
         && gtk_widget_get_sensitive (esc_ui_test_find (check->form, is_save_button, NULL)) == check->can_save;
}

static void
type_and_wait (Check      *check,
               const char *title,
               const char *text,
               gboolean    can_save)
{
  check->checked = FALSE;
  check->can_save = can_save;
  esc_ui_test_fill_row (check->form, title, text);
  esc_ui_test_wait_until (checked_and_save_is, check, can_save ? "the check to allow Save" : "the check to refuse Save");
}

static gboolean
is_problems_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error");
}

typedef struct {
  EscParty *party;
  const char *short_name;
} ShortName;

static gboolean
short_name_is (gpointer data)
{
  ShortName *wanted = data;

  return g_strcmp0 (esc_party_get_short_name (wanted->party), wanted->short_name) == 0;
}

/* Parties in the Table; Enter edits the first in the form; a bad identifier is the
 * loader's problem, shown, and Save waits; a good one saves as one edit, undone. */
static void
check_edit_party (EscApplication *app,
                  EscWindow      *window,
                  gpointer        user_data)
{
  EscElection *election = esc_window_selected_election (window);
  GPtrArray *parties = esc_election_get_parties (election);
  GListModel *rows = esc_items_table_get_rows (window->items_table);
  Rows wait = { rows, parties->len };
  g_autoptr(EscParty) party = NULL;
  g_autofree char *old_short = NULL;
  Check check = { NULL };
  ShortName wanted;
  GtkWidget *label;

  esc_ui_test_press_keys (GTK_WIDGET (window), "alt+4");
  esc_items_table_set_kind (window->items_table, "parties");
  esc_ui_test_wait_n_items (wait.rows, wait.n, "the table to list the parties");
  party = g_list_model_get_item (rows, 0);
  old_short = g_strdup (esc_party_get_short_name (party));

  gtk_widget_child_focus (esc_ui_test_find_widget (GTK_WIDGET (window->items_table), GTK_TYPE_COLUMN_VIEW),
                          GTK_DIR_TAB_FORWARD);
  esc_ui_test_press_keys (GTK_WIDGET (window), "Return");
  esc_ui_test_wait_until (form_shown, NULL, "the Edit Party form");
  check.form = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_ITEM_FORM));
  g_signal_connect_swapped (check.form, "checked", G_CALLBACK (on_checked), &check);
  esc_ui_test_wait_mapped (check.form);

  type_and_wait (&check, "Short Name", "XYZ", TRUE);
  type_and_wait (&check, "Identifier", "Not an id!", FALSE);
  label = esc_ui_test_find (check.form, is_problems_label, NULL);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
  esc_ui_test_screenshot (check.form);
  /* Save does nothing while there are errors. */
  gtk_widget_activate_action (check.form, "form.save", NULL);
  g_assert_cmpstr (esc_party_get_short_name (party), ==, old_short);
  g_assert_true (form_shown (NULL));
  type_and_wait (&check, "Identifier", esc_party_get_id (party), TRUE);
  g_assert_false (gtk_widget_get_visible (label));
  /* Saved before the check of what was typed comes back: Save checks first. */
  esc_ui_test_fill_row (check.form, "Identifier", "Again Not!");
  gtk_widget_activate_action (check.form, "form.save", NULL);
  g_assert_true (form_shown (NULL));
  g_assert_true (gtk_widget_get_visible (label));
  type_and_wait (&check, "Identifier", esc_party_get_id (party), TRUE);

  esc_ui_test_press_keys (check.form, "ctrl+Return");
  wanted = (ShortName) { party, "XYZ" };
  esc_ui_test_wait_until (short_name_is, &wanted, "the edit to be saved");
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  wanted.short_name = old_short;
  esc_ui_test_wait_until (short_name_is, &wanted, "Ctrl+Z to undo it");
  g_assert_false (esc_window_is_modified (window));
}

static void
test_edit_party (void)
{
  esc_ui_test_run_app (check_edit_party, NULL);
}

static gboolean
delete_dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

typedef struct {
  GPtrArray *list;
  guint length;
} Length;

/* An article other items cite: Delete lists them first; deleted, the figures that
 * cited only it go too; Ctrl+Z brings all of it back. */
static void
check_delete_article (EscApplication *app,
                      EscWindow      *window,
                      gpointer        user_data)
{
  GPtrArray *articles = esc_dataset_get_articles (window->dataset);
  EscElection *election = esc_window_selected_election (window);
  GPtrArray *claims = esc_election_get_claims (election);
  guint n_claims = claims->len;
  GListModel *rows = esc_items_table_get_rows (window->items_table);
  Rows wait = { rows, articles->len };
  Length length = { articles, articles->len - 1 };
  AdwMessageDialog *dialog;

  esc_ui_test_press_keys (GTK_WIDGET (window), "alt+4");
  esc_items_table_set_kind (window->items_table, "articles");
  esc_ui_test_wait_n_items (wait.rows, wait.n, "the table to list the articles");
  gtk_widget_activate_action (GTK_WIDGET (window->items_table), "table.delete", NULL);
  esc_ui_test_wait_until (delete_dialog_shown, NULL, "the list of what goes with the article");
  dialog = ADW_MESSAGE_DIALOG (esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (adw_message_dialog_get_extra_child (dialog))), "•"));
  g_assert_cmpuint (articles->len, ==, length.length + 1);
  esc_ui_test_screenshot (GTK_WIDGET (dialog));
  adw_message_dialog_response (dialog, "delete");
  esc_ui_test_wait_length (length.list, length.length, "the article to be deleted");
  g_assert_cmpuint (claims->len, <=, n_claims);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  length.length++;
  esc_ui_test_wait_length (length.list, length.length, "Ctrl+Z to bring it back");
  g_assert_cmpuint (claims->len, ==, n_claims);
  g_assert_false (esc_window_is_modified (window));
}

static void
test_delete_article (void)
{
  esc_ui_test_run_app (check_delete_article, NULL);
}

static gboolean
cite_form_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG) != NULL;
}

static gboolean
is_remove_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Remove this source") == 0
         && gtk_widget_get_sensitive (widget);
}

/* A figure with two sources, edited: one removed (the other must stay), saved as one
 * edit, undone. */
static void
check_edit_claim_sources (EscApplication *app,
                          EscWindow      *window,
                          gpointer        user_data)
{
  GtkWidget *remove, *row;
  EscElection *election;
  GPtrArray *claims;
  EscClaim *claim = NULL;
  guint position = 0;
  Length sources;
  GtkWidget *form;

  esc_election_menu_set_selected (window->election_menu, 1);
  election = esc_window_selected_election (window);
  claims = esc_election_get_claims (election);
  for (guint i = 0; i < claims->len && claim == NULL; i++)
    if (esc_claim_get_sources (g_ptr_array_index (claims, i))->len == 2)
      claim = g_ptr_array_index (claims, position = i);
  g_assert_nonnull (claim);
  sources = (Length) { esc_claim_get_sources (claim), esc_claim_get_sources (claim)->len - 1 };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-item", "(su)", "claims", position));
  esc_ui_test_wait_until (cite_form_shown, NULL, "the Edit Figure form");
  form = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_CITE_DIALOG));
  esc_ui_test_wait_mapped (form);
  remove = esc_ui_test_find (form, is_remove_button, NULL);
  /* To a screen reader, the button says whose source it removes: its row's title, the
   * article's, not its tooltip again. */
  row = gtk_widget_get_ancestor (remove, ADW_TYPE_ACTION_ROW);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), !=, "Remove this source");
  /* A click: gtk_widget_activate() would click only 250 ms later. */
  g_signal_emit_by_name (remove, "clicked");
  /* The one left stays: its button is off. */
  g_assert_null (esc_ui_test_find (form, is_remove_button, NULL));
  g_assert_cmpuint (sources.list->len, ==, sources.length + 1);
  esc_ui_test_press_keys (form, "ctrl+Return");
  esc_ui_test_wait_length (sources.list, sources.length, "the source to be removed");

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  sources.length++;
  esc_ui_test_wait_length (sources.list, sources.length, "Ctrl+Z to bring it back");
  g_assert_false (esc_window_is_modified (window));
}

static void
test_edit_claim_sources (void)
{
  esc_ui_test_run_app (check_edit_claim_sources, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/items/edit-party", test_edit_party);
  g_test_add_func ("/ui/items/delete-article", test_delete_article);
  g_test_add_func ("/ui/items/edit-claim-sources", test_edit_claim_sources);
  return g_test_run ();
}
