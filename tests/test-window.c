/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "esc-chart-card.h"
#include "esc-ui-test.h"
#include "esc-window-private.h"

#include <gdk/x11/gdkx.h>
#include <string.h>

static const struct {
  const char *name;
  const char *accel;
} views[] = {
  { "results", "<Alt>1" },
  { "reactions", "<Alt>2" },
  { "sources", "<Alt>3" },
  { "table", "<Alt>4" },
};

typedef struct {
  AdwViewStack *stack;
  const char *name;
} StackWait;

static gboolean
stack_shows (gpointer data)
{
  StackWait *wait = data;
  GtkWidget *child = adw_view_stack_get_visible_child (wait->stack);

  return g_strcmp0 (adw_view_stack_get_visible_child_name (wait->stack), wait->name) == 0
         && child != NULL && gtk_widget_get_mapped (child);
}

static void
wait_for_view (AdwViewStack *stack,
               const char   *name)
{
  StackWait wait = { stack, name };

  esc_ui_test_wait_until (stack_shows, &wait, name);
}

static AdwViewStack *
get_stack (EscWindow *window)
{
  GtkWidget *stack = esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (stack);
  return ADW_VIEW_STACK (stack);
}

static void
check_views (EscApplication *app,
             EscWindow      *window,
             gpointer        user_data)
{
  AdwViewStack *stack = get_stack (window);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (views));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, views[i].name);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }

  g_assert_cmpstr (esc_window_get_visible_view (window), ==, "results");

  /* Through the action, as the keyboard shortcuts and the menu do, in an order that
   * leaves each view at least once. */
  for (int i = G_N_ELEMENTS (views) - 1; i >= 0; i--)
    {
      GtkWidget *before = adw_view_stack_get_visible_child (stack);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[i].name));
      wait_for_view (stack, views[i].name);
      g_assert_cmpstr (esc_window_get_visible_view (window), ==, views[i].name);
      if (before != adw_view_stack_get_visible_child (stack))
        g_assert_false (gtk_widget_get_child_visible (before) && gtk_widget_get_mapped (before));
    }
}

static void
test_views (void)
{
  esc_ui_test_run_app (check_views, NULL);
}

/* Clicks the view switcher's buttons the way a pointer or the space bar does. */
static void
check_switcher (EscApplication *app,
                EscWindow      *window,
                gpointer        user_data)
{
  AdwViewStack *stack = get_stack (window);
  GtkWidget *switcher = esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

  g_assert_nonnull (switcher);
  /* Backwards, so that every click changes the view. */
  for (int i = G_N_ELEMENTS (views) - 1; i >= 0; i--)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *label = esc_ui_test_find (switcher, esc_ui_test_label_is, adw_view_stack_page_get_title (page));
      GtkWidget *button = label ? gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON) : NULL;

      g_assert_true (GTK_IS_BUTTON (button));
      gtk_widget_activate (button);
      wait_for_view (stack, views[i].name);
      g_assert_cmpstr (esc_window_get_visible_view (window), ==, views[i].name);
    }
}

static void
test_switcher (void)
{
  esc_ui_test_run_app (check_switcher, NULL);
}

static void
check_accels (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  static const struct { const char *accel, *action; } expected[] = {
    { "<Control>o", "win.open" },
    { "<Control>q", "app.quit" },
    { "<Control>w", "window.close" },
    { "<Control>question", "win.show-help-overlay" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), views[i].accel);
      g_autofree char *detailed = g_strdup_printf ("win.view::%s", views[i].name);
      g_autofree char *printed = g_strdup_printf ("win.view('%s')", views[i].name);

      g_assert_true (g_strv_contains ((const char * const *) actions, detailed)
                     || g_strv_contains ((const char * const *) actions, printed));
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), expected[i].accel);

      g_assert_true (g_strv_contains ((const char * const *) actions, expected[i].action));
    }
}

static void
test_accels (void)
{
  esc_ui_test_run_app (check_accels, NULL);
}

static void
collect_menu_actions (GMenuModel *model,
                      GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, g_steal_pointer (&action));
      if (section != NULL)
        collect_menu_actions (section, actions);
    }
}

static gboolean
is_gone (gpointer data)
{
  GtkWidget **widget = data;

  return *widget == NULL || !gtk_widget_get_visible (*widget);
}

/* Closing destroys most dialogs, so watch through a weak pointer. */
static void
close_and_wait (GtkWindow  *window,
                const char *what)
{
  GtkWidget *watched = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (watched), (gpointer *) &watched);
  gtk_window_close (window);
  esc_ui_test_wait_until (is_gone, &watched, what);
  if (watched != NULL)
    g_object_remove_weak_pointer (G_OBJECT (watched), (gpointer *) &watched);
}

static gboolean
toplevel_shown (gpointer type)
{
  return esc_ui_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* Activates @action and waits for a window of @type to come up over @window. */
static GtkWindow *
open_window (EscWindow  *window,
             const char *action,
             GType       type)
{
  GtkWindow *shown;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  esc_ui_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (type), g_type_name (type));
  shown = esc_ui_test_find_toplevel (type);
  esc_ui_test_wait_mapped (GTK_WIDGET (shown));
  g_assert_true (gtk_window_get_transient_for (shown) == GTK_WINDOW (window));
  return shown;
}

static void
check_menu (EscApplication *app,
            EscWindow      *window,
            gpointer        user_data)
{
  GtkWidget *button = GTK_WIDGET (window->primary_menu_button);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  GtkPopover *popover;
  GtkWindow *shown;

  g_assert_nonnull (button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));
  /* The menu is made on first use (esc-menu-later.c), and the button works before. */
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  esc_ui_test_wait_mapped (GTK_WIDGET (popover));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  collect_menu_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), actions);
  g_assert_true (g_ptr_array_find_with_equal_func (actions, "win.open", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (actions, "win.show-help-overlay", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (actions, "app.about", g_str_equal, NULL));

  shown = open_window (window, "app.about", ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (shown)), ==, "Escrutinio");
  g_assert_nonnull (adw_about_window_get_version (ADW_ABOUT_WINDOW (shown)));
  close_and_wait (shown, "the about window to close");

  shown = open_window (window, "win.show-help-overlay", GTK_TYPE_SHORTCUTS_WINDOW);
  close_and_wait (shown, "the shortcuts window to close");

  /* Outside Flatpak and without GDK_DEBUG=portals, GTK 4.8's native chooser is an
   * in-process dialog, which lets the test see it and cancel it. */
  shown = open_window (window, "win.open", GTK_TYPE_FILE_CHOOSER_DIALOG);
  close_and_wait (shown, "the file chooser to close");
}

static void
test_menu (void)
{
  esc_ui_test_run_app (check_menu, NULL);
}

typedef struct {
  GtkWidget *widget;
  int width;
} WidthWait;

static gboolean
has_width (gpointer data)
{
  WidthWait *wait = data;

  /* Client-side decorations keep a few pixels of the X window for their border. */
  return ABS (gtk_widget_get_width (wait->widget) - wait->width) <= 10;
}

/* Resizes from outside, as a window manager does when the user drags a border: GTK 4
 * ignores a new default size once the window is on screen. */
static void
resize_and_wait (EscWindow *window,
                 int        width,
                 int        height)
{
  WidthWait wait = { GTK_WIDGET (window), width };
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));

  XResizeWindow (display, gdk_x11_surface_get_xid (surface), width, height);
  XFlush (display);
  esc_ui_test_wait_until (has_width, &wait, "the window to take its new width");
}

static gboolean
bar_revealed (gpointer bar)
{
  return adw_view_switcher_bar_get_reveal (bar);
}

/* On a phone-sized window the switcher leaves the header bar for a bottom bar, and
 * still switches views. */
static void
check_narrow (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  GtkWidget *bar = esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
  GtkWidget *title = esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE);
  AdwViewStack *stack = get_stack (window);
  int minimum;

  g_assert_nonnull (bar);
  g_assert_nonnull (title);
  /* A first frame may come before the window manager has given the window its size. */
  esc_ui_test_wait_until_not (bar_revealed, bar, "the view switcher in the header bar at the default width");

  resize_and_wait (window, 360, 640);
  esc_ui_test_wait_until (bar_revealed, bar, "the bottom view switcher to appear");
  g_assert_true (adw_view_switcher_title_get_title_visible (ADW_VIEW_SWITCHER_TITLE (title)));
  /* Nothing is clipped: the whole window fits in 360 pixels. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "sources"));
  wait_for_view (stack, "sources");

  resize_and_wait (window, 1100, 760);
  esc_ui_test_wait_until_not (bar_revealed, bar, "the bottom view switcher to go");
}

static void
test_narrow (void)
{
  esc_ui_test_run_app (check_narrow, NULL);
}

static void
check_size_restored (EscApplication *app,
                     EscWindow      *window,
                     gpointer        user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 720);
  g_assert_cmpint (height, ==, 540);
  esc_ui_test_wait_until (has_width, &(WidthWait) { GTK_WIDGET (window), 720 }, "the saved width");

  /* And the other way: the size the user leaves the window at is saved on quitting. */
  resize_and_wait (window, 900, 600);
}

static gboolean
is_maximized (gpointer window)
{
  return gtk_window_is_maximized (window);
}

static void
check_maximized_restored (EscApplication *app,
                          EscWindow      *window,
                          gpointer        user_data)
{
  WidthWait restored = { GTK_WIDGET (window), 900 };

  /* The window manager grants the request asynchronously. */
  esc_ui_test_wait_until (is_maximized, window, "the window to be maximized");
  gtk_window_unmaximize (GTK_WINDOW (window));
  esc_ui_test_wait_until_not (is_maximized, window, "the window to be unmaximized");
  /* Unmaximized, it returns to the size saved before it was maximized. */
  esc_ui_test_wait_until (has_width, &restored, "the window to return to its saved width");
  gtk_window_maximize (GTK_WINDOW (window));
  esc_ui_test_wait_until (is_maximized, window, "the window to be maximized again");
}

/* The memory backend lives as long as the process, like dconf across two starts. */
static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_int (settings, "window-width", 720);
  g_settings_set_int (settings, "window-height", 540);
  esc_ui_test_run_app (check_size_restored, NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_set_boolean (settings, "window-maximized", TRUE);
  esc_ui_test_run_app (check_maximized_restored, NULL);
  g_assert_true (g_settings_get_boolean (settings, "window-maximized"));
  /* The size to return to is the one from before, not the screen's. */
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static gboolean
popover_shown (gpointer button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

static void
check_keyboard (EscApplication *app,
                EscWindow      *window,
                gpointer        user_data)
{
  AdwViewStack *stack = get_stack (window);
  GtkWidget *menu_button = GTK_WIDGET (window->primary_menu_button);

  esc_ui_test_press_keys (GTK_WIDGET (window), "alt+2");
  wait_for_view (stack, "reactions");
  esc_ui_test_press_keys (GTK_WIDGET (window), "alt+3");
  wait_for_view (stack, "sources");
  esc_ui_test_press_keys (GTK_WIDGET (window), "alt+1");
  wait_for_view (stack, "results");

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+shift+slash");
  esc_ui_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), "Ctrl+? to show the shortcuts");
  esc_ui_test_press_keys (GTK_WIDGET (esc_ui_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)), "Escape");
  esc_ui_test_wait_until_not (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), "Escape to close the shortcuts");

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+o");
  esc_ui_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), "Ctrl+O to open the file chooser");
  esc_ui_test_press_keys (GTK_WIDGET (esc_ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)), "Escape");
  esc_ui_test_wait_until_not (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), "Escape to cancel the file chooser");

  esc_ui_test_press_keys (GTK_WIDGET (window), "F10");
  esc_ui_test_wait_until (popover_shown, menu_button, "F10 to open the main menu");
  esc_ui_test_press_keys (GTK_WIDGET (window), "Escape");
  esc_ui_test_wait_until_not (popover_shown, menu_button, "Escape to close the main menu");
}

static void
test_keyboard (void)
{
  esc_ui_test_run_app (check_keyboard, NULL);
}

typedef struct {
  EscElectionMenu *menu;
  guint position;
} RowFocus;

/* The popover is open with the focus on the row of @position. */
static gboolean
row_has_focus (gpointer data)
{
  RowFocus *focus = data;
  GtkWidget *list = esc_election_menu_get_list (focus->menu);
  GtkListBoxRow *row = list != NULL ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), focus->position) : NULL;

  return row != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)) && gtk_widget_has_focus (GTK_WIDGET (row));
}

static gboolean
selected_is_one (gpointer menu)
{
  return esc_election_menu_get_selected (menu) == 1;
}

static gboolean
popover_hidden (gpointer menu)
{
  GtkWidget *list = esc_election_menu_get_list (menu);

  return list == NULL || !gtk_widget_get_mapped (list);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* The election menu makes no rows until it is opened, and none again for a new list of
 * elections until it is opened again; by keyboard, it opens on the election on show,
 * and arrows and Enter choose another. */
static void
check_election_menu (EscApplication *app,
                     EscWindow      *window,
                     gpointer        user_data)
{
  EscElectionMenu *menu = window->election_menu;
  GtkWidget *button = esc_ui_test_find_widget (GTK_WIDGET (menu), GTK_TYPE_MENU_BUTTON);
  GListModel *elections = esc_election_menu_get_model (menu);
  RowFocus focus = { menu, 0 };
  g_autoptr(EscElection) second = NULL;
  g_autoptr(EscLocalizedText) renamed = NULL;

  g_assert_null (esc_election_menu_get_list (menu));
  g_assert_cmpuint (esc_election_menu_get_selected (menu), ==, 0);

  gtk_widget_grab_focus (button);
  esc_ui_test_press_keys (GTK_WIDGET (window), "space");
  esc_ui_test_wait_until (row_has_focus, &focus, "the menu to open on the election on show");
  g_assert_cmpuint (count_rows (esc_election_menu_get_list (menu)), ==, g_list_model_get_n_items (elections));
  esc_ui_test_press_keys (GTK_WIDGET (window), "Down Return");
  esc_ui_test_wait_until (selected_is_one, menu, "Down and Enter to choose the next election");
  esc_ui_test_wait_until (popover_hidden, menu, "the menu to close once an election is chosen");
  second = g_list_model_get_item (elections, 1);
  g_assert_true (esc_window_selected_election (window) == second);

  /* An edit renames the election on show in place: the button follows. */
  renamed = esc_localized_text_new_plain ("Renamed <b>election</b>");
  g_object_set (second, "title", renamed, NULL);
  g_assert_nonnull (esc_ui_test_find (GTK_WIDGET (menu), esc_ui_test_label_is, "Renamed <b>election</b>"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Renamed <b>election</b>");

  /* A new list: the rows of the old one go, and no new ones are made yet. */
  g_object_ref (elections);
  esc_election_menu_set_model (menu, NULL);
  esc_election_menu_set_model (menu, elections);
  g_assert_cmpuint (count_rows (esc_election_menu_get_list (menu)), ==, 0);
  g_object_unref (elections);

  focus.position = esc_election_menu_get_selected (menu);
  gtk_widget_grab_focus (GTK_WIDGET (menu));
  esc_ui_test_press_keys (GTK_WIDGET (window), "space");
  esc_ui_test_wait_until (row_has_focus, &focus, "the menu to open again");
  esc_ui_test_press_keys (GTK_WIDGET (window), "Escape");
  esc_ui_test_wait_until (popover_hidden, menu, "Escape to close the menu");
}

static void
test_election_menu (void)
{
  esc_ui_test_run_app (check_election_menu, NULL);
}

/* What a screen reader announces for the header bar's controls. */
static void
check_accessible (EscApplication *app,
                  EscWindow      *window,
                  gpointer        user_data)
{
  GtkWidget *menu_button = GTK_WIDGET (window->primary_menu_button);
  GtkWidget *election_button = esc_ui_test_find_widget (GTK_WIDGET (window->election_menu), GTK_TYPE_MENU_BUTTON);

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (election_button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Election");
  /* The button's label is drawn text to a screen reader: the title is its description. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (election_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       esc_localized_text_get (esc_election_get_title (esc_window_selected_election (window))));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (window), GTK_ACCESSIBLE_ROLE_WINDOW);
}

static void
test_accessible (void)
{
  esc_ui_test_run_app (check_accessible, NULL);
}

static gboolean
has_app_icon (gpointer window)
{
  return g_strcmp0 (gtk_window_get_icon_name (window), APPLICATION_ID) == 0;
}

/* X11 window lists take the icon from the window itself, by this name. */
static void
check_icon (EscApplication *app,
            EscWindow      *window,
            gpointer        user_data)
{
  /* Given once the window has painted, so that its first frame needs no librsvg. */
  esc_ui_test_wait_until (has_app_icon, window, "the window's icon");
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
}

static void
test_icon (void)
{
  esc_ui_test_run_app (check_icon, NULL);
}

typedef struct {
  EscWindow *window;
  guint paints;
  gboolean title_in_first;  /* the election's title was laid out in the first frame */
  guint cards_in_first;
  guint cards_in_second;    /* chart cards laid out by the second */
} FirstFrames;

static guint
laid_out_cards (EscWindow *window)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->cards_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += ESC_IS_CHART_CARD (child) && gtk_widget_get_width (child) > 0;
  return n;
}

static void
count_first_frames (GdkFrameClock *clock,
                    FirstFrames   *frames)
{
  GtkWidget *title = GTK_WIDGET (frames->window->results_title);

  frames->paints++;
  if (frames->paints == 1)
    {
      frames->title_in_first = gtk_widget_get_width (title) > 0
                             && *gtk_label_get_text (frames->window->results_title) != '\0';
      frames->cards_in_first = laid_out_cards (frames->window);
    }
  else if (frames->paints == 2)
    {
      frames->cards_in_second = laid_out_cards (frames->window);
      g_signal_handlers_disconnect_by_func (clock, count_first_frames, frames);
    }
}

static void
watch_first_frames (GtkWidget   *window,
                    FirstFrames *frames)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (count_first_frames), frames);
}

static gboolean
painted_twice (gpointer data)
{
  return ((FirstFrames *) data)->paints >= 2;
}

/* A new window's first frame comes as soon as a bare window's would, with the election's
 * title and summary; the chart cards, whose layout and drawing would hold it back,
 * are in the frame after it. */
static void
check_first_frame (EscApplication *app,
                   EscWindow      *window,
                   gpointer        user_data)
{
  FirstFrames frames = { esc_window_new (ADW_APPLICATION (app)), 0, FALSE, 0, 0 };

  g_signal_connect (frames.window, "realize", G_CALLBACK (watch_first_frames), &frames);
  gtk_window_present (GTK_WINDOW (frames.window));
  esc_ui_test_wait_until (painted_twice, &frames, "two frames of a new window");
  g_assert_true (frames.title_in_first);
  g_assert_cmpuint (frames.cards_in_first, ==, 0);
  g_assert_cmpuint (frames.cards_in_second, >, 0);
  gtk_window_destroy (GTK_WINDOW (frames.window));
}

static void
test_first_frame (void)
{
  esc_ui_test_run_app (check_first_frame, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/window/views", test_views);
  g_test_add_func ("/ui/window/switcher", test_switcher);
  g_test_add_func ("/ui/window/accels", test_accels);
  g_test_add_func ("/ui/window/menu", test_menu);
  g_test_add_func ("/ui/window/narrow", test_narrow);
  g_test_add_func ("/ui/window/settings", test_settings);
  g_test_add_func ("/ui/window/keyboard", test_keyboard);
  g_test_add_func ("/ui/window/accessible", test_accessible);
  g_test_add_func ("/ui/window/icon", test_icon);
  g_test_add_func ("/ui/window/election-menu", test_election_menu);
  g_test_add_func ("/ui/window/first-frame", test_first_frame);

  return g_test_run ();
}
