/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening datasets in the running app: the built-in one, good files, broken files,
 * reloading on change, dropping a file. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "esc-chart-card.h"
#include "esc-ui-test.h"
#include "esc-window-private.h"

static char *
docs_example (const char *title)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "docs", "dataset-format.md", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *json = NULL;
  const char *start, *end;
  g_auto(GStrv) parts = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  start = strstr (strstr (contents, "## A complete small example"), "```json\n") + strlen ("```json\n");
  end = strstr (start, "```");
  json = g_strndup (start, end - start);
  /* Each variant gets its own election title, so a test can tell them apart. */
  parts = g_strsplit (json, "\"Presidential election\"", 2);
  return g_strdup_printf ("%s\"%s\"%s", parts[0], title, parts[1]);
}

static char *
write_temp (const char *name,
            const char *contents)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-test-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* A dataset from bench/gen-dataset at @scale (1 is about 0.75 MB, 5 elections), in a
 * folder of its own: remove both with remove_generated(). */
static char *
generate_dataset (const char *scale,
                  const char *seed)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-test-XXXXXX", NULL);
  char *path = g_build_filename (dir, "generated.json", NULL);
  const char *argv[] = { g_getenv ("ESC_GEN_DATASET"), scale, seed, path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return path;
}

static void
remove_generated (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static EscElection *
selected_election (EscWindow *window)
{
  return esc_election_menu_get_selected_item (window->election_menu);
}

static const char *
selected_title (EscWindow *window)
{
  EscElection *election = selected_election (window);

  return election ? esc_localized_text_get (esc_election_get_title (election)) : NULL;
}

typedef struct {
  EscWindow *window;
  const char *title;
} TitleWait;

static gboolean
shows_election (gpointer data)
{
  TitleWait *wait = data;

  return g_strcmp0 (selected_title (wait->window), wait->title) == 0;
}

static void
wait_for_election (EscWindow  *window,
                   const char *title)
{
  TitleWait wait = { window, title };

  esc_ui_test_wait_until (shows_election, &wait, title);
}

static void
check_default (EscApplication *app,
               EscWindow      *window,
               gpointer        user_data)
{
  GListModel *model = esc_election_menu_get_model (window->election_menu);
  AdwViewStack *stack = ADW_VIEW_STACK (esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkWidget *results = adw_view_stack_get_child_by_name (stack, "results");

  g_assert_nonnull (esc_window_get_dataset (window));
  g_assert_null (esc_window_get_file (window));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->election_menu)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_nonnull (selected_election (window));
  g_assert_nonnull (esc_ui_test_find (results, esc_ui_test_label_is, selected_title (window)));
  /* One card per chart the election's claims call for: seats, disagreements, turnout. */
  g_assert_nonnull (esc_ui_test_find_widget (results, ESC_TYPE_CHART_CARD));
  /* Nothing to reload: the built-in dataset has no file. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL)
                  && esc_window_get_file (window) != NULL);
}

static void
test_default (void)
{
  esc_ui_test_run_app (check_default, NULL);
}

static void
check_open_and_reload (EscApplication *app,
                       EscWindow      *window,
                       gpointer        user_data)
{
  g_autofree char *first = docs_example ("First version");
  g_autofree char *second = docs_example ("Second version");
  g_autofree char *path = write_temp ("my_dataset.json", first);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_auto(GStrv) recent = NULL;

  esc_window_open_file (window, file);
  wait_for_election (window, "First version");
  g_assert_true (g_file_equal (esc_window_get_file (window), file));

  recent = g_settings_get_strv (settings, "recent-datasets");
  g_assert_cmpstr (recent[0], ==, uri);

  /* Another program saves the file the way editors do: a new file renamed over it. */
  g_assert_true (g_file_set_contents (path, second, -1, NULL));
  wait_for_election (window, "Second version");

  /* And Reload, for when no change notice comes (files from the document portal). */
  g_assert_true (g_file_set_contents (path, first, -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  wait_for_election (window, "First version");

  g_unlink (path);
}

static void
test_open_and_reload (void)
{
  esc_ui_test_run_app (check_open_and_reload, NULL);
}

typedef struct {
  EscWindow *window;
  EscDataset *old;
} DatasetWait;

static gboolean
dataset_replaced (gpointer data)
{
  DatasetWait *wait = data;

  return esc_window_get_dataset (wait->window) != wait->old;
}

/* Reloading (as on every save) keeps the election the reader was looking at. */
static void
check_reload_keeps_election (EscApplication *app,
                             EscWindow      *window,
                             gpointer        user_data)
{
  g_autofree char *source = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  DatasetWait wait = { window, NULL };

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  path = write_temp ("two-elections.json", contents);
  file = g_file_new_for_path (path);
  wait.old = esc_window_get_dataset (window);
  esc_window_open_file (window, file);
  esc_ui_test_wait_until (dataset_replaced, &wait, "the file to open");

  esc_election_menu_set_selected (window->election_menu, 1);
  wait.old = esc_window_get_dataset (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  esc_ui_test_wait_until (dataset_replaced, &wait, "the reload");
  g_assert_cmpuint (esc_election_menu_get_selected (window->election_menu), ==, 1);
  g_unlink (path);
}

static void
open_and_wait (EscWindow  *window,
               const char *relative)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), relative, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DatasetWait wait = { window, esc_window_get_dataset (window) };

  esc_window_open_file (window, file);
  esc_ui_test_wait_until (dataset_replaced, &wait, relative);
}

/* The warnings a toast offers are those of the file open now: after a clean file, the
 * previous file's warnings are gone, and Show with them. */
static void
check_warnings_follow_file (EscApplication *app,
                            EscWindow      *window,
                            gpointer        user_data)
{
  open_and_wait (window, "tests/corpus/unused-article.json");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL));
  g_assert_nonnull (esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  open_and_wait (window, "tests/fixtures/synthetic-parliament.json");
  /* Activating a disabled action does nothing: no dialog of the old warnings opens. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL);
  g_assert_null (esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_warnings_follow_file (void)
{
  esc_ui_test_run_app (check_warnings_follow_file, NULL);
}

static void
test_reload_keeps_election (void)
{
  esc_ui_test_run_app (check_reload_keeps_election, NULL);
}

static gboolean
dialog_shown (gpointer data)
{
  return esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  GtkWindow *dialog;

  esc_ui_test_wait_until (dialog_shown, NULL, "the problems dialog");
  dialog = esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  esc_ui_test_wait_mapped (GTK_WIDGET (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
close_dialog (AdwMessageDialog *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  esc_ui_test_wait_until_not (dialog_shown, NULL, "the dialog to close");
}

typedef struct {
  gboolean done;
  char *text;
} ClipboardRead;

static gboolean
button_says_copied (gpointer button)
{
  return g_strcmp0 (gtk_button_get_label (button), "Copied") == 0;
}

static void
on_text_read (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  read->done = TRUE;
}

static gboolean
text_read (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* A broken file shows every problem and leaves the open dataset as it was. */
static void
check_broken (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  g_autofree char *path = write_temp ("broken.json",
                                      "{\n  \"format\": \"escrutinio-dataset\",\n  \"version\": 1,\n"
                                      "  \"title\": 7,\n  \"articles\": [],\n  \"elections\": []\n}\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  EscDataset *before = esc_window_get_dataset (window);
  const char *title_before = selected_title (window);
  AdwMessageDialog *dialog;
  GtkWidget *copy;
  ClipboardRead read = { 0 };

  esc_window_open_file (window, file);
  dialog = wait_for_dialog ();

  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken.json"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The dataset has 2 errors.");
  g_assert_nonnull (esc_ui_test_find (GTK_WIDGET (dialog), esc_ui_test_label_contains, "line 4, column 12 · $.title"));
  g_assert_nonnull (esc_ui_test_find (GTK_WIDGET (dialog), esc_ui_test_label_contains, "$.elections"));

  copy = gtk_widget_get_ancestor (esc_ui_test_find (GTK_WIDGET (dialog), esc_ui_test_label_contains, "Copy Problems"),
                                  GTK_TYPE_BUTTON);
  /* A button clicks a moment after it is activated, to show itself pressed. */
  gtk_widget_activate (copy);
  esc_ui_test_wait_until (button_says_copied, copy, "the copy button to confirm");
  /* Read back through the clipboard, as a text editor pasting it would. */
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (dialog)), NULL, on_text_read, &read);
  esc_ui_test_wait_until (text_read, &read, "the clipboard text");
  g_assert_true (g_str_has_prefix (read.text, "broken.json:4:12: error: $.title: "));
  g_assert_nonnull (strstr (read.text, "\nbroken.json:6:"));
  g_free (read.text);

  close_dialog (dialog);
  g_assert_true (esc_window_get_dataset (window) == before);
  g_assert_cmpstr (selected_title (window), ==, title_before);
  g_assert_null (esc_window_get_file (window));
  g_unlink (path);
}

static void
test_broken (void)
{
  esc_ui_test_run_app (check_broken, NULL);
}

/* A FIFO is refused at once, without waiting for a writer: the window says what it is,
 * once (no list that repeats it), and keeps its dataset. */
static void
check_fifo (EscApplication *app,
            EscWindow      *window,
            gpointer        user_data)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pipe.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  EscDataset *before = esc_window_get_dataset (window);
  AdwMessageDialog *dialog;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  esc_window_open_file (window, file);
  dialog = wait_for_dialog ();

  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "pipe.json"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "named pipe (FIFO)"));
  g_assert_null (esc_ui_test_find (GTK_WIDGET (dialog), esc_ui_test_label_contains, "Copy Problems"));
  close_dialog (dialog);
  g_assert_true (esc_window_get_dataset (window) == before);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_fifo (void)
{
  esc_ui_test_run_app (check_fifo, NULL);
}

typedef struct {
  DatasetWait wait;
  guint painted_loading;
} LoadWatch;

static void
count_loading_paint (GdkFrameClock *clock,
                     LoadWatch     *watch)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (watch->wait.window->loading_indicator)))
    watch->painted_loading++;
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

/* While a dataset loads the window shows that it does and then paints nothing: an
 * animation would redraw the whole window every frame, in competition with the
 * loader's threads. A file of 6 MB loads for many frames' time; meson runs this case
 * on its own with GTK's cairo renderer, whose cheap frames a spinner would paint by the
 * dozen where software GL paints a few. */
static void
check_loading_still (EscApplication *app,
                     EscWindow      *window,
                     gpointer        user_data)
{
  g_autofree char *path = generate_dataset ("8", "7");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LoadWatch watch = { { window, esc_window_get_dataset (window) }, 0 };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean idle = FALSE;
  gulong handler;

  /* Nothing else paints: no tooltip under the pointer, no overlay scrollbar fading,
   * and the built-in dataset's last charts, added from idle, are in (an idle of lower
   * priority has run). */
  esc_ui_test_run_command ("xdotool mousemove 0 0");
  g_object_set (gtk_settings_get_default (), "gtk-overlay-scrolling", FALSE, NULL);
  g_idle_add_full (G_PRIORITY_LOW, set_flag, &idle, NULL);
  esc_ui_test_wait_until (flag_is_set, &idle, "the window to be idle");
  esc_ui_test_wait_settled (GTK_WIDGET (window));

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_loading_paint), &watch);
  esc_window_open_file (window, file);
  esc_ui_test_wait_until (dataset_replaced, &watch.wait, "the generated dataset");
  g_signal_handler_disconnect (clock, handler);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->loading_indicator)));
  /* The indicator, and the header bar laid out around it, take a few frames: one or two
   * in a plain build, three in quick succession under AddressSanitizer (seen in CI).
   * Then nothing: a spinner painted 30–35 frames over the same load. The bound is well
   * between the two, so that how a slow build splits the layout into frames does not
   * decide the test. */
  g_assert_cmpuint (watch.painted_loading, <=, 6);
  remove_generated (path);
}

static void
test_loading_still (void)
{
  esc_ui_test_run_app (check_loading_still, NULL);
}

typedef struct {
  EscElectionMenu *menu;
  guint position;
} MenuRow;

/* The popover is open with the row of @position focused and whole in view. */
static gboolean
row_focused_in_view (gpointer data)
{
  MenuRow *row = data;
  GtkWidget *list = esc_election_menu_get_list (row->menu);
  GtkWidget *scrolled = list != NULL ? gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  GtkListBoxRow *widget = list != NULL ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), row->position) : NULL;
  graphene_rect_t bounds;

  return widget != NULL && gtk_widget_get_mapped (GTK_WIDGET (widget)) && gtk_widget_has_focus (GTK_WIDGET (widget))
         && gtk_widget_compute_bounds (GTK_WIDGET (widget), scrolled, &bounds) && bounds.size.height > 0
         && bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

static gboolean
menu_closed (gpointer menu)
{
  GtkWidget *list = esc_election_menu_get_list (menu);

  return list == NULL || !gtk_widget_get_mapped (list);
}

/* With more elections than the popover has room for, it opens scrolled to the one on
 * show. */
static void
check_election_menu_scroll (EscApplication *app,
                            EscWindow      *window,
                            gpointer        user_data)
{
  g_autofree char *path = generate_dataset ("4", "3");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DatasetWait wait = { window, esc_window_get_dataset (window) };
  MenuRow row = { window->election_menu, 0 };

  esc_window_open_file (window, file);
  esc_ui_test_wait_until (dataset_replaced, &wait, "the generated dataset");

  /* Not the last, which a scroll clamped to a list still short would show too. */
  row.position = g_list_model_get_n_items (esc_election_menu_get_model (row.menu)) - 5;
  g_assert_cmpuint (row.position, >=, 15);
  esc_election_menu_set_selected (row.menu, row.position);
  gtk_widget_grab_focus (GTK_WIDGET (row.menu));
  esc_ui_test_press_keys (GTK_WIDGET (window), "space");
  esc_ui_test_wait_until (row_focused_in_view, &row, "the election's row, focused and in view");
  esc_ui_test_press_keys (GTK_WIDGET (window), "Escape");
  esc_ui_test_wait_until (menu_closed, row.menu, "Escape to close the menu");
  remove_generated (path);
}

static void
test_election_menu_scroll (void)
{
  esc_ui_test_run_app (check_election_menu_scroll, NULL);
}

/* File names are text, never markup, wherever they are shown. */
static void
check_hostile_name (EscApplication *app,
                    EscWindow      *window,
                    gpointer        user_data)
{
  const char *name = "a&b<i>results<b>.json";
  g_autoptr(GFile) file = g_file_new_build_filename (g_get_tmp_dir (), name, NULL);
  AdwMessageDialog *dialog;

  esc_window_open_file (window, file);
  dialog = wait_for_dialog ();
  g_assert_nonnull (esc_ui_test_find (GTK_WIDGET (dialog), esc_ui_test_label_contains, name));
  close_dialog (dialog);
}

static void
test_hostile_name (void)
{
  esc_ui_test_run_app (check_hostile_name, NULL);
}

/* A file with warnings only opens, and its warnings are one click away. */
static void
check_warnings (EscApplication *app,
                EscWindow      *window,
                gpointer        user_data)
{
  g_autofree char *json = docs_example ("With a warning");
  g_auto(GStrv) halves = g_strsplit (json, "\"value\":", 2);
  g_autofree char *typo = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  AdwMessageDialog *dialog;

  /* "qualifer" for "qualifier": usable, but worth a look. */
  typo = g_strjoinv ("\"qualifer\": \"about\",\n          \"value\":", halves);
  path = write_temp ("typo.json", typo);
  file = g_file_new_for_path (path);

  esc_window_open_file (window, file);
  wait_for_election (window, "With a warning");
  g_assert_null (esc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL));
  dialog = wait_for_dialog ();
  g_assert_nonnull (esc_ui_test_find (GTK_WIDGET (dialog), esc_ui_test_label_contains, "$.elections[0].claims[0].qualifer"));
  close_dialog (dialog);
  g_unlink (path);
}

static void
test_warnings (void)
{
  esc_ui_test_run_app (check_warnings, NULL);
}

/* Dataset text is text: markup in it is shown as written, in the title (a plain label)
 * and in the summary (a label that takes markup, so the window escapes it). */
static void
check_markup_is_text (EscApplication *app,
                      EscWindow      *window,
                      gpointer        user_data)
{
  const char *title = "<b>Bold</b> & co";
  const char *summary = "<span foreground=\\\"red\\\">Red</span> &amp; <a href=\\\"file:///etc/passwd\\\">link</a>";
  g_autofree char *json = docs_example (title);
  g_auto(GStrv) halves = g_strsplit (json, "\"parties\":", 2);
  g_autofree char *summary_member = g_strdup_printf ("\"summary\": \"%s\",\n      \"parties\":", summary);
  g_autofree char *text = g_strjoinv (summary_member, halves);
  g_autofree char *path = write_temp ("markup.json", text);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwViewStack *stack = ADW_VIEW_STACK (esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkWidget *results = adw_view_stack_get_child_by_name (stack, "results");

  esc_window_open_file (window, file);
  wait_for_election (window, title);
  g_assert_nonnull (esc_ui_test_find (results, esc_ui_test_label_contains, "<b>Bold</b> & co"));
  g_assert_nonnull (esc_ui_test_find (results, esc_ui_test_label_contains,
                                      "<span foreground=\"red\">Red</span> &amp; <a href=\"file:///etc/passwd\">link</a>"));
  g_unlink (path);
}

static void
test_markup_is_text (void)
{
  esc_ui_test_run_app (check_markup_is_text, NULL);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* What the window does with a file dropped on it: the drop itself is GTK's. */
static void
check_drop (EscApplication *app,
            EscWindow      *window,
            gpointer        user_data)
{
  g_autofree char *json = docs_example ("Dropped");
  g_autofree char *path = write_temp ("dropped.json", json);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  GSList *files = g_slist_append (NULL, g_object_ref (file));   /* the value owns both */
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);

  g_assert_true (accepted);
  wait_for_election (window, "Dropped");
  g_unlink (path);
}

static void
test_drop (void)
{
  esc_ui_test_run_app (check_drop, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/datasets/default", test_default);
  g_test_add_func ("/ui/datasets/open-and-reload", test_open_and_reload);
  g_test_add_func ("/ui/datasets/reload-keeps-election", test_reload_keeps_election);
  g_test_add_func ("/ui/datasets/warnings-follow-file", test_warnings_follow_file);
  g_test_add_func ("/ui/datasets/broken", test_broken);
  g_test_add_func ("/ui/datasets/fifo", test_fifo);
  g_test_add_func ("/ui/datasets/hostile-name", test_hostile_name);
  g_test_add_func ("/ui/datasets/drop", test_drop);
  g_test_add_func ("/ui/datasets/warnings", test_warnings);
  g_test_add_func ("/ui/datasets/markup-is-text", test_markup_is_text);
  g_test_add_func ("/ui/datasets/loading-still", test_loading_still);
  g_test_add_func ("/ui/datasets/election-menu-scroll", test_election_menu_scroll);

  return g_test_run ();
}
