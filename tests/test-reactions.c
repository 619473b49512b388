/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Reactions view: map and list move together, by pointer, list and keyboard. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "esc-chart-text.h"
#include "esc-drawn-view.h"
#include "esc-election-menu.h"
#include "esc-reaction.h"
#include "esc-reactions-map.h"
#include "esc-reactions-page.h"
#include "esc-ui-test.h"

static EscReactionsPage *
show_reactions (EscWindow *window)
{
  GtkWidget *page = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_REACTIONS_PAGE);

  esc_window_set_visible_view (window, "reactions");
  g_assert_nonnull (page);
  esc_ui_test_wait_mapped (page);
  esc_ui_test_wait_mapped (esc_reactions_page_get_map (ESC_REACTIONS_PAGE (page)));
  return ESC_REACTIONS_PAGE (page);
}

static const char *
row_country (EscReactionsPage *page,
             guint             position)
{
  g_autoptr(EscReaction) reaction = g_list_model_get_item (esc_reactions_page_get_rows (page), position);

  return esc_reaction_get_country (reaction);
}

static gboolean
selected_is_cuba (gpointer page)
{
  GtkSelectionModel *rows = GTK_SELECTION_MODEL (esc_reactions_page_get_rows (page));

  return g_strcmp0 (esc_reactions_page_get_selected (page), "CU") == 0
         && gtk_selection_model_is_selected (rows, 0);
}

static gboolean
tooltip_names_blinken (gpointer window)
{
  /* The tooltip's own line: stance, then speaker (the list row has the speaker alone). */
  GtkWidget *label = esc_ui_test_find (window, esc_ui_test_label_contains, "Rejected the result · Antony Blinken");

  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
is_quote_line (GtkWidget     *widget,
               gconstpointer  quote)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), quote) == 0;
}

/* A row's quote is clamped to two lines; its tooltip and the row's accessible
 * description have it whole. */
static void
check_row_quote (EscReactionsPage *page,
                 guint             position)
{
  g_autoptr(EscReaction) reaction = g_list_model_get_item (esc_reactions_page_get_rows (page), position);
  g_autofree char *quote = g_strdup_printf ("“%s”", esc_reaction_get_quote (reaction));
  g_autofree char *description = g_strdup_printf ("%s. %s · %s. %s", esc_text_stance (esc_reaction_get_stance (reaction)),
                                                  esc_reaction_get_speaker (reaction),
                                                  esc_localized_text_get (esc_reaction_get_role (reaction)), quote);
  GtkWidget *line = esc_ui_test_find (GTK_WIDGET (page), is_quote_line, quote);
  GtkWidget *row;

  g_assert_nonnull (line);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (line), "esc-tooltip"), ==, quote);
  /* The row's description reads the quote; the line itself adds it no second time. */
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (line), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  /* The row: the box whose first child is the stance's header. */
  for (row = gtk_widget_get_parent (line);
       row != GTK_WIDGET (page) && !gtk_widget_has_css_class (gtk_widget_get_first_child (row), "stance-header");)
    row = gtk_widget_get_parent (row);
  g_assert_true (row != GTK_WIDGET (page));
  /* Named on the list's own row round that box: that is what takes the focus. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
}

static gboolean
selected_is_us (gpointer page)
{
  return g_strcmp0 (esc_reactions_page_get_selected (page), "US") == 0;
}

static EscReactionsMap *
drawing_of (EscDrawnView *map)
{
  return ESC_REACTIONS_MAP (esc_drawn_view_get_drawing (map));
}

static gboolean
shows_whole_world (gpointer map)
{
  return esc_reactions_map_get_whole_world (drawing_of (map));
}

/* A point of country or organization @id on the map. */
static gboolean
point_of (EscDrawnView *map,
          const char   *id,
          double       *x,
          double       *y)
{
  int item = esc_reactions_map_find_item (drawing_of (map), id);

  return item >= 0 && esc_ui_test_item_point (map, item, x, y);
}

static gboolean
map_has_size (gpointer map)
{
  double x, y;

  return gtk_widget_get_width (map) > 0 && point_of (map, "CU", &x, &y);
}

static void
check_map_and_list (EscApplication *app,
                    EscWindow      *window,
                    gpointer        user_data)
{
  EscReactionsPage *page = show_reactions (window);
  GListModel *rows = esc_reactions_page_get_rows (page);
  EscDrawnView *map = ESC_DRAWN_VIEW (esc_reactions_page_get_map (page));
  double x, y;

  /* Grouped by stance: Cuba congratulated, the United States rejected. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_assert_cmpstr (row_country (page, 0), ==, "CU");
  g_assert_cmpstr (row_country (page, 1), ==, "US");
  esc_ui_test_wait_settled (GTK_WIDGET (page));
  check_row_quote (page, 0);

  /* Selecting a row outlines the country on the map. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), 1, TRUE);
  g_assert_cmpstr (esc_reactions_page_get_selected (page), ==, "US");

  /* Clicking a country on the map selects its row. */
  esc_ui_test_wait_until (map_has_size, map, "the map to be laid out");
  esc_ui_test_wait_settled (GTK_WIDGET (map));
  g_assert_true (point_of (map, "CU", &x, &y));
  esc_ui_test_point_at (GTK_WIDGET (map), x, y);
  esc_ui_test_run_command ("xdotool click 1");
  esc_ui_test_wait_until (selected_is_cuba, page, "a click on Cuba to select its row");

  /* Hovering names the country, its stance, speaker and words. */
  g_assert_true (point_of (map, "US", &x, &y));
  esc_ui_test_hover (GTK_WIDGET (map), x, y, tooltip_names_blinken, window, "the tooltip over the United States");

  /* The keyboard steps from one reacting country to the next. */
  esc_ui_test_run_command ("xdotool mousemove 0 0");
  gtk_widget_grab_focus (GTK_WIDGET (map));
  esc_ui_test_press_keys (GTK_WIDGET (map), "Right");
  esc_ui_test_wait_until (selected_is_us, page, "Right to move to the next country");

  /* The whole world, on request. */
  g_assert_false (esc_reactions_map_get_whole_world (drawing_of (map)));
  gtk_widget_activate (esc_ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON));
  esc_ui_test_wait_until (shows_whole_world, map, "the button to show the whole world");

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_ROLE_IMG);
}

static void
test_map_and_list (void)
{
  esc_ui_test_run_app (check_map_and_list, NULL);
}

static void
check_filters (EscApplication *app,
               EscWindow      *window,
               gpointer        user_data)
{
  EscReactionsPage *page;
  GListModel *rows;
  GtkWidget *search, *stances;
  EscElectionMenu *election = ESC_ELECTION_MENU (esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_ELECTION_MENU));

  /* The presidential election: fifteen countries and the EU. */
  esc_election_menu_set_selected (election, 1);
  page = show_reactions (window);
  rows = esc_reactions_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 17);

  search = esc_ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "borrell");
  /* GtkSearchEntry waits a moment before it says the text changed. */
  while (g_list_model_get_n_items (rows) != 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (row_country (page, 0));   /* an organization */

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  while (g_list_model_get_n_items (rows) != 17)
    g_main_context_iteration (NULL, TRUE);

  /* Congratulated is the first stance present: Cuba and Honduras. */
  stances = esc_ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (stances);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (stances), 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
}

static void
test_filters (void)
{
  esc_ui_test_run_app (check_filters, NULL);
}

static const char *stance_names[] = { "congratulated", "called_for_transparency", "rejected", "questioned" };

/* A dataset with @n reactions, all quoting one sentence of one article. */
static char *
many_reactions (guint n)
{
  static const char *codes[] = { "AR", "BR", "CL", "CO", "DE", "ES", "FR", "IT", "MX", "PE", "PT", "US", "UY", "JP", "IN" };
  GString *json = g_string_new ("{\"format\": \"escrutinio-dataset\", \"version\": 1, \"title\": \"Many\","
                                " \"articles\": [{\"id\": \"a\", \"title\": \"A\", \"language\": \"en\","
                                " \"paragraphs\": [\"Many governments reacted.\"]}],"
                                " \"elections\": [{\"id\": \"e\", \"country\": \"VE\", \"kind\": \"other\","
                                " \"title\": \"Many reactions\", \"parties\": [], \"claims\": [], \"reactions\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"r%u\", \"country\": \"%s\", \"speaker\": \"Speaker %u\","
                            " \"stance\": \"%s\", \"sources\": [{\"article\": \"a\", \"quote\": \"governments reacted\"}]}",
                            i ? ", " : "", i, codes[i % G_N_ELEMENTS (codes)], i, stance_names[i % G_N_ELEMENTS (stance_names)]);
  g_string_append (json, "]}]}");
  return g_string_free (json, FALSE);
}

static gboolean
shows_many (gpointer window)
{
  GtkWidget *page = esc_ui_test_find_widget (window, ESC_TYPE_REACTIONS_PAGE);

  return g_list_model_get_n_items (esc_reactions_page_get_rows (ESC_REACTIONS_PAGE (page))) == 3000;
}

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

/* Three thousand reactions: the list holds them all, and builds rows for a screenful. */
static void
check_many (EscApplication *app,
            EscWindow      *window,
            gpointer        user_data)
{
  g_autofree char *json = many_reactions (3000);
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-many-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *list;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  esc_window_open_file (window, file);
  /* A hidden Reactions page takes the new election only once it is shown. */
  show_reactions (window);
  esc_ui_test_wait_until (shows_many, window, "3000 reactions in the list");
  list = esc_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  /* Each row is about ten widgets; a list that built all 3000 would hold 30 000. */
  g_assert_cmpuint (count_widgets (list), <, 2000);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_many (void)
{
  esc_ui_test_run_app (check_many, NULL);
}

typedef struct {
  EscReactionsPage *page;
  const char *id;
} SelectedWait;

static gboolean
map_selected_is (gpointer data)
{
  SelectedWait *wait = data;

  /* The page reads its selection from the map's focused item. */
  return g_strcmp0 (esc_reactions_page_get_selected (wait->page), wait->id) == 0;
}

static gboolean
shows_repeat_dataset (gpointer window)
{
  EscDataset *dataset = esc_window_get_dataset (window);

  return dataset != NULL
         && g_str_equal (esc_localized_text_get (esc_dataset_get_title (dataset)), "Test data: a country that reacted twice");
}

/* A country that reacted twice does not trap the keyboard: Right goes on past it to
 * every other country, then round. */
static void
check_repeat_steps (EscApplication *app,
                    EscWindow      *window,
                    gpointer        user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "repeat-reactions.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *expected[] = { "US", "CL", "ES", "US" };
  EscReactionsPage *page;
  SelectedWait wait;
  GtkWidget *map;

  esc_window_open_file (window, file);
  esc_ui_test_wait_until (shows_repeat_dataset, window, "the dataset with a repeated country");
  page = show_reactions (window);
  map = esc_reactions_page_get_map (page);
  wait.page = page;
  gtk_widget_grab_focus (map);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      esc_ui_test_press_keys (map, "Right");
      wait.id = expected[i];
      esc_ui_test_wait_until (map_selected_is, &wait, expected[i]);
    }
}

static void
test_repeat_steps (void)
{
  esc_ui_test_run_app (check_repeat_steps, NULL);
}

/* The Reactions page follows the election at once when shown, and catches up when shown
 * again after elections changed behind it. */
static void
check_follows_election (EscApplication *app,
                        EscWindow      *window,
                        gpointer        user_data)
{
  EscElectionMenu *election = ESC_ELECTION_MENU (esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_ELECTION_MENU));
  GListModel *elections = esc_dataset_get_elections (esc_window_get_dataset (window));
  g_autoptr(EscElection) regional = g_list_model_get_item (elections, 0);
  EscReactionsPage *page = show_reactions (window);
  GListModel *rows = esc_reactions_page_get_rows (page);

  esc_election_menu_set_selected (election, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 17);
  esc_election_menu_set_selected (election, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, esc_election_get_reactions (regional)->len);

  esc_window_set_visible_view (window, "results");
  esc_election_menu_set_selected (election, 1);
  show_reactions (window);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 17);
}

static void
test_follows_election (void)
{
  esc_ui_test_run_app (check_follows_election, NULL);
}

/* A view that is going away no longer hears the drawing it showed, which others may
 * keep (the window keeps its map): its handler is connected with the view's life, and
 * disposing the view drops it. */
static void
test_view_lets_go (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);
  g_autoptr(EscElection) election = NULL;
  g_autoptr(EscReactionsMap) map = NULL;
  GtkWidget *view = g_object_ref_sink (g_object_new (ESC_TYPE_DRAWN_VIEW, NULL));
  guint changed;

  g_assert_no_error (error);
  election = g_list_model_get_item (esc_dataset_get_elections (dataset), 1);
  map = esc_reactions_map_new (election, FALSE);
  changed = g_signal_lookup ("changed", G_OBJECT_TYPE (map));
  esc_drawn_view_set_drawing (ESC_DRAWN_VIEW (view), ESC_DRAWING (map));
  g_assert_true (g_signal_has_handler_pending (map, changed, 0, FALSE));
  g_object_run_dispose (G_OBJECT (view));
  g_assert_false (g_signal_has_handler_pending (map, changed, 0, FALSE));
  esc_reactions_map_set_whole_world (map, TRUE);
  g_object_unref (view);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/reactions/map-and-list", test_map_and_list);
  g_test_add_func ("/ui/reactions/filters", test_filters);
  g_test_add_func ("/ui/reactions/many", test_many);
  g_test_add_func ("/ui/reactions/repeat-steps", test_repeat_steps);
  g_test_add_func ("/ui/reactions/follows-election", test_follows_election);
  g_test_add_func ("/ui/reactions/view-lets-go", test_view_lets_go);

  return g_test_run ();
}
