/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing tally sheets in the real app, under Xvfb: a file of 3,000 tables with each
 * candidate's votes split over two party cards, the cards joined in the dialog by
 * naming them alike, counted on the worker, shown, and added as computed figures of
 * the 2024 election with the totals the file holds; Ctrl+Z takes them out again. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "esc-claim.h"
#include "esc-tally-dialog.h"
#include "esc-tally-view.h"
#include "esc-ui-test.h"
#include "esc-window-private.h"

#define TABLES 3000

typedef struct {
  char *dir;
  char *path;
  gint64 gonzalez;
  gint64 valid;
} Sheets;

/* Semicolons, a BOM, the cards of each candidate in two columns, a centre's voters on
 * each of its four tables. */
static void
write_sheets (Sheets *sheets)
{
  g_autoptr(GString) text = g_string_new ("\xef\xbb\xbf" "ESTADO;COD_CENTRO;MESA;ELECTORES CENTRO;VOTANTES;VALIDOS;MUD;UNTC;PSUV;PCV\n");
  static const char * const states[] = { "Zulia", "Miranda", "Lara", "Mérida" };

  for (guint t = 0; t < TABLES; t++)
    {
      guint mud = 100 + t % 97, untc = t % 13, psuv = 40 + t % 61, pcv = t % 7;
      guint valid = mud + untc + psuv + pcv;

      g_string_append_printf (text, "%s;%u;%u;%u;%u;%u;%u;%u;%u;%u\n", states[t % 4], t / 4, t % 4 + 1,
                              1200 + (t / 4) % 50, valid + 3, valid, mud, untc, psuv, pcv);
      sheets->gonzalez += mud + untc;
      sheets->valid += valid;
    }
  sheets->dir = g_dir_make_tmp ("escrutinio-tally-XXXXXX", NULL);
  sheets->path = g_build_filename (sheets->dir, "actas.csv", NULL);
  g_assert_true (g_file_set_contents (sheets->path, text->str, text->len, NULL));
}

static void
remove_sheets (Sheets *sheets)
{
  g_unlink (sheets->path);
  g_rmdir (sheets->dir);
  g_free (sheets->path);
  g_free (sheets->dir);
}

static gboolean
dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_TALLY_DIALOG) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_TALLY_DIALOG) == NULL;
}

/* The columns are read, and Count enabled, when their candidate entries are there. */
static gboolean
can_count (gpointer data)
{
  return esc_ui_test_find_widget (data, GTK_TYPE_ENTRY) != NULL;
}

static gboolean
result_shown (gpointer data)
{
  return esc_ui_test_find_widget (data, ESC_TYPE_TALLY_VIEW) != NULL;
}

/* The candidate entry under the column @header. */
static void
name_candidate (GtkWidget  *dialog,
                guint       column,
                const char *name)
{
  GtkGrid *grid = GTK_GRID (esc_ui_test_find_widget (dialog, GTK_TYPE_GRID));
  GtkWidget *entry = gtk_grid_get_child_at (grid, column, 2);

  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_true (gtk_widget_get_visible (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
}

static EscClaim *
computed_share (EscElection *election)
{
  GPtrArray *claims = esc_election_get_claims (election);

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);

      if (esc_claim_get_status (claim) == ESC_STATUS_COMPUTED && esc_claim_get_measure (claim) == ESC_MEASURE_VOTE_SHARE
          && g_strcmp0 (esc_party_get_id (esc_claim_get_subject (claim)), "gonzalez") == 0)
        return claim;
    }
  return NULL;
}

static gboolean
has_computed (gpointer data)
{
  return computed_share (data) != NULL;
}

static gboolean
is_tally_chip (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "tally") != NULL
         && gtk_widget_get_mapped (widget);
}

/* A window other than the app's own that shows a tally. */
static GtkWidget *
tally_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (!ESC_IS_TALLY_DIALOG (window) && esc_ui_test_find_widget (window, ESC_TYPE_TALLY_VIEW) != NULL)
        return window;
    }
  return NULL;
}

static gboolean
tally_window_shown (gpointer data)
{
  return tally_window () != NULL;
}

static gboolean
tally_chip_shown (gpointer data)
{
  return esc_ui_test_find (data, is_tally_chip, NULL) != NULL;
}

static void
check_import (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  Sheets sheets = { 0 };
  g_autoptr(GFile) file = NULL;
  EscElection *election;
  GtkWidget *dialog;
  EscClaim *share;

  write_sheets (&sheets);
  file = g_file_new_for_path (sheets.path);
  esc_election_menu_set_selected (window->election_menu, 1);
  election = esc_window_selected_election (window);
  esc_window_import_tally (window, file);
  esc_ui_test_wait_until (dialog_shown, NULL, "the import dialog");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_TALLY_DIALOG));
  esc_ui_test_wait_until (can_count, dialog, "the columns to be read");

  /* Columns 6 and 7 are González's cards, 8 and 9 Maduro's. */
  name_candidate (dialog, 6, "Edmundo González");
  name_candidate (dialog, 7, "Edmundo González");
  name_candidate (dialog, 8, "Nicolás Maduro");
  name_candidate (dialog, 9, "Nicolás Maduro");
  g_assert_true (gtk_widget_activate_action (dialog, "tally.count", NULL));
  esc_ui_test_wait_until (result_shown, dialog, "the count's result");
  esc_ui_test_wait_settled (dialog);
  esc_ui_test_screenshot (dialog);

  g_assert_true (gtk_widget_activate_action (dialog, "tally.add", NULL));
  esc_ui_test_wait_until (dialog_gone, NULL, "the dialog to close");
  esc_ui_test_wait_until (has_computed, election, "the computed figures");
  esc_ui_test_wait_settled (GTK_WIDGET (window));
  esc_ui_test_screenshot (GTK_WIDGET (window));
  share = computed_share (election);
  g_assert_cmpfloat_with_epsilon (esc_claim_get_value (share), round (10000.0 * sheets.gonzalez / sheets.valid) / 100, 1e-9);
  g_assert_nonnull (esc_source_get_tally (g_ptr_array_index (esc_claim_get_sources (share), 0)));
  g_assert_cmpuint (esc_tally_get_used (esc_source_get_tally (g_ptr_array_index (esc_claim_get_sources (share), 0))), ==, TABLES);

  /* The card of the computed figures has a chip for the file, which shows the tally. */
  esc_ui_test_wait_until (tally_chip_shown, window, "a chip for the tally sheets");
  g_signal_emit_by_name (esc_ui_test_find (GTK_WIDGET (window), is_tally_chip, NULL), "clicked");
  esc_ui_test_wait_until (tally_window_shown, NULL, "the tally's own window");
  gtk_window_destroy (GTK_WINDOW (tally_window ()));

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+z");
  esc_ui_test_wait_until_not (has_computed, election, "Ctrl+Z to take the figures out");
  g_assert_false (esc_window_is_modified (window));
  remove_sheets (&sheets);
}

static void
test_import (void)
{
  esc_ui_test_run_app (check_import, NULL);
}

static gboolean
counting (gpointer data)
{
  GtkStack *stack = GTK_STACK (esc_ui_test_find_widget (data, GTK_TYPE_STACK));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "counting") == 0
         || esc_ui_test_find_widget (data, ESC_TYPE_TALLY_VIEW) != NULL;
}

/* Escape while a large file is counted closes the dialog at once; the count stops on its
 * worker, and nothing reaches the dataset. */
static void
check_cancel (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-tally-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.csv", NULL);
  g_autoptr(GString) text = g_string_new ("MESA;A;B\n");
  g_autoptr(GFile) file = NULL;
  GtkWidget *dialog;

  for (guint t = 0; t < 400000; t++)
    g_string_append_printf (text, "%u;%u;%u\n", t, t % 101, t % 89);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  file = g_file_new_for_path (path);
  esc_window_import_tally (window, file);
  esc_ui_test_wait_until (dialog_shown, NULL, "the import dialog");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_TALLY_DIALOG));
  esc_ui_test_wait_until (can_count, dialog, "the columns to be read");
  g_assert_true (gtk_widget_activate_action (dialog, "tally.count", NULL));
  esc_ui_test_wait_until (counting, dialog, "the count to start");
  esc_ui_test_press_keys (dialog, "Escape");
  esc_ui_test_wait_until (dialog_gone, NULL, "Escape to close the dialog");
  g_assert_cmpuint (esc_dataset_get_tallies (esc_window_get_dataset (window))->len, ==, 0);
  g_assert_false (esc_window_is_modified (window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_cancel (void)
{
  esc_ui_test_run_app (check_cancel, NULL);
}

static gboolean
message_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* A file's name, headers and candidates are shown as they are, never read as markup:
 * in the dialog's title row, the columns, the candidates and the worst case. */
static void
check_markup (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-tally-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a&b <i>.csv", NULL);
  const char *text = "ESTADO,COD_CENTRO,MESA,REGISTERED,Z,<b>A&B</b>\n"
                     "Zulia,1,1,500,300,100\nZulia,1,2,500,250,120\nLara,2,1,400,200,90\n";
  g_autoptr(GFile) file = NULL;
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  file = g_file_new_for_path (path);
  esc_window_import_tally (window, file);
  esc_ui_test_wait_until (dialog_shown, NULL, "the import dialog");
  dialog = GTK_WIDGET (esc_ui_test_find_toplevel (ESC_TYPE_TALLY_DIALOG));
  esc_ui_test_wait_until (can_count, dialog, "the columns to be read");
  g_assert_nonnull (esc_ui_test_find (dialog, esc_ui_test_label_is, "a&b <i>.csv"));
  g_assert_nonnull (esc_ui_test_find (dialog, esc_ui_test_label_is, "<b>A&B</b>"));
  esc_ui_test_fill_row (dialog, "Registered Voters on the _Missing Sheets, Where Known", "2000");
  g_assert_true (gtk_widget_activate_action (dialog, "tally.count", NULL));
  esc_ui_test_wait_until (result_shown, dialog, "the count's result");
  g_assert_nonnull (esc_ui_test_find (dialog, esc_ui_test_label_contains, "had voted for <b>A&B</b>"));
  g_assert_nonnull (esc_ui_test_find (dialog, esc_ui_test_label_contains, "<b>A&B</b>’s share is most often"));

  /* Neither candidate is a party of the election: Add says so and adds nothing. */
  g_assert_true (gtk_widget_activate_action (dialog, "tally.add", NULL));
  esc_ui_test_wait_until (message_shown, NULL, "the message that no candidate is a party");
  g_assert_cmpuint (esc_dataset_get_tallies (esc_window_get_dataset (window))->len, ==, 0);
  gtk_window_destroy (esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_markup (void)
{
  esc_ui_test_run_app (check_markup, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/tally/import", test_import);
  g_test_add_func ("/ui/tally/markup", test_markup);
  g_test_add_func ("/ui/tally/cancel", test_cancel);
  return g_test_run ();
}
