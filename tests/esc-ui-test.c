/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "esc-ui-test.h"
#include "esc-window-private.h"

#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

/* How long a wait may take before the test fails: generous, since a busy machine can
 * take many times longer than an idle one; ESC_TEST_TIMEOUT_MULTIPLIER scales it. */
#define WAIT_SECONDS 60

typedef struct {
  EscApplication *app;
  EscUiTestFunc func;
  gpointer user_data;
} RunData;

void
esc_ui_test_init (int    *argc,
                  char ***argv)
{
  const char *localedir = g_getenv ("ESCRUTINIO_LOCALEDIR");

  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init forces LC_ALL=C; tests that read translations set LANGUAGE and need
   * the environment's locale back. */
  setlocale (LC_ALL, "");
  /* As main() does, with the catalogues of the build tree. */
  if (localedir != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();
  /* GNOME's own title-bar layout and font, rather than the fallbacks GTK uses without a
   * settings daemon, so that sizes and screenshots are what GNOME users get. */
  g_object_set (gtk_settings_get_default (),
                "gtk-decoration-layout", "appmenu:close",
                "gtk-font-name", "Cantarell 11",
                NULL);
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* WAIT_SECONDS times ESC_TEST_TIMEOUT_MULTIPLIER, where that is a positive number. */
guint
esc_ui_test_deadline_seconds (void)
{
  const char *text = g_getenv ("ESC_TEST_TIMEOUT_MULTIPLIER");
  double multiplier = text != NULL ? g_ascii_strtod (text, NULL) : 1;

  if (!(multiplier > 0 && multiplier <= 1000))
    multiplier = 1;
  return (guint) MAX (1, WAIT_SECONDS * multiplier);
}

/* Spins the main loop until @condition holds. A stuck UI is a failed test, not a hung
 * one: past the deadline it fails naming @what. The deadline is only for that; nothing
 * is ever waited for by time. */
gboolean
esc_ui_test_wait_until (gboolean (*condition) (gpointer),
                        gpointer   data,
                        const char *what)
{
  gboolean timed_out = FALSE;
  guint seconds = esc_ui_test_deadline_seconds ();
  guint id = g_timeout_add_seconds (seconds, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out after %u s waiting for %s (set ESC_TEST_TIMEOUT_MULTIPLIER to allow more time)",
             seconds, what);

  g_source_remove (id);
  return TRUE;
}

typedef struct {
  gboolean (*condition) (gpointer);
  gpointer data;
} Negation;

static gboolean
negate (gpointer data)
{
  Negation *negation = data;

  return !negation->condition (negation->data);
}

gboolean
esc_ui_test_wait_until_not (gboolean  (*condition) (gpointer),
                            gpointer    data,
                            const char *what)
{
  Negation negation = { condition, data };

  return esc_ui_test_wait_until (negate, &negation, what);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

void
esc_ui_test_wait_mapped (GtkWidget *widget)
{
  esc_ui_test_wait_until (is_mapped, widget, G_OBJECT_TYPE_NAME (widget));
}

/* Depth first, in widget order: the first descendant of @root (or @root) that @match
 * accepts. */
GtkWidget *
esc_ui_test_find (GtkWidget *root,
                  gboolean (*match) (GtkWidget *, gconstpointer),
                  gconstpointer data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = esc_ui_test_find (child, match, data);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return g_type_is_a (G_OBJECT_TYPE (widget), GPOINTER_TO_SIZE (type));
}

GtkWidget *
esc_ui_test_find_widget (GtkWidget *root,
                         GType      type)
{
  return esc_ui_test_find (root, is_of_type, GSIZE_TO_POINTER (type));
}

GtkWindow *
esc_ui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* The toplevel list keeps the window alive after our reference goes. */
      if (g_type_is_a (G_OBJECT_TYPE (window), type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The window has painted, and added all its chart cards after that frame. */
static gboolean
shows_all_cards (gpointer data)
{
  EscWindow *window = data;

  return window->painted && window->pending_charts == NULL;
}

static gboolean
run_test (gpointer data)
{
  RunData *run = data;
  GtkApplication *app = GTK_APPLICATION (run->app);
  GtkWindow *window = gtk_application_get_active_window (app);

  g_assert_true (ESC_IS_WINDOW (window));
  esc_ui_test_wait_mapped (GTK_WIDGET (window));
  /* The chart cards come once the window has painted (esc-window-pages.c). */
  esc_ui_test_wait_until (shows_all_cards, window, "the window's first frame and its cards");

  run->func (run->app, ESC_WINDOW (window), run->user_data);

  /* Leave the way a user does, through the app's own Quit action; g_application_run
   * returns only if that really ends the application. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             RunData      *run)
{
  g_idle_add (run_test, run);
}

/* Runs the real application class through g_application_run, as main() does, and calls
 * @func once its window is on screen. NON_UNIQUE lets one test binary start the app
 * several times on the same bus. */
void
esc_ui_test_run_app (EscUiTestFunc func,
                     gpointer      user_data)
{
  EscApplication *app = esc_application_new ();
  RunData run = { app, func, user_data };
  int status;

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &run);

  status = g_application_run (G_APPLICATION (app), 0, NULL);
  g_assert_cmpint (status, ==, 0);

  /* Quit closes every window; a reference the app leaks fails the test here. */
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_finalize_object (app);
}

/* The text of a label or an inscription, or NULL. */
static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  return NULL;
}

gboolean
esc_ui_test_label_contains (GtkWidget     *widget,
                            gconstpointer  text)
{
  const char *shown = widget_text (widget);

  return shown != NULL && strstr (shown, text) != NULL;
}

gboolean
esc_ui_test_label_is (GtkWidget     *widget,
                      gconstpointer  text)
{
  return g_strcmp0 (widget_text (widget), text) == 0;
}

void
esc_ui_test_run_command (const char *command)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Where point @x, @y of @widget is on the X screen. */
static void
root_position (GtkWidget *widget,
               double     x,
               double     y,
               int       *rx,
               int       *ry)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  Display *display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  double wx, wy, sx, sy;
  Window child;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), x, y, &wx, &wy));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface), DefaultRootWindow (display),
                         (int) (wx + sx), (int) (wy + sy), rx, ry, &child);
}

/* Whether a revealer or a stack inside @widget is still moving. */
static gboolean
is_moving (GtkWidget *widget)
{
  if (GTK_IS_REVEALER (widget)
      && gtk_revealer_get_child_revealed (GTK_REVEALER (widget)) != gtk_revealer_get_reveal_child (GTK_REVEALER (widget)))
    return TRUE;
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (is_moving (child))
      return TRUE;
  return FALSE;
}

typedef struct {
  GtkWidget *widget;
  double place[6];   /* at the last frame: x, y on the screen, width, height, scrolled */
  guint same;        /* frames painted in a row with the widget in that place */
} Settling;

/* How far @widget's contents, or those of the view it is in, are scrolled. */
static void
scrolled (GtkWidget *widget,
          double    *x,
          double    *y)
{
  GtkWidget *scrollable = widget;

  while (scrollable != NULL && !GTK_IS_SCROLLABLE (scrollable))
    scrollable = gtk_widget_get_parent (scrollable);
  *x = *y = 0;
  if (scrollable == NULL)
    return;
  if (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (scrollable)) != NULL)
    *x = gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (scrollable)));
  if (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (scrollable)) != NULL)
    *y = gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (scrollable)));
}

static void
on_after_paint (GdkFrameClock *clock,
                Settling      *settling)
{
  double place[6] = { 0, 0, gtk_widget_get_width (settling->widget), gtk_widget_get_height (settling->widget), 0, 0 };
  int x, y;

  if (!gtk_widget_get_mapped (settling->widget))
    return;
  root_position (settling->widget, 0, 0, &x, &y);
  place[0] = x;
  place[1] = y;
  scrolled (settling->widget, &place[4], &place[5]);
  settling->same = memcmp (place, settling->place, sizeof place) == 0 ? settling->same + 1 : 0;
  memcpy (settling->place, place, sizeof place);
}

static gboolean
is_settled (gpointer data)
{
  Settling *settling = data;

  if (settling->same >= 2 && !is_moving (GTK_WIDGET (gtk_widget_get_root (settling->widget))))
    return TRUE;
  /* Keeps frames coming while an idle window would paint none. */
  gtk_widget_queue_draw (settling->widget);
  return FALSE;
}

/* Waits until @widget is on screen and has stayed in one place, at one size, scrolled
 * to one place, for two painted frames, with no revealer or stack of its window
 * mid-transition: what a test needs before it points at something or measures what is
 * in sight, and a screenshot before it is taken. A window manager may still be placing
 * or maximizing a window that is already mapped; a view may still be scrolling. */
void
esc_ui_test_wait_settled (GtkWidget *widget)
{
  Settling settling = { widget, { -1, -1, -1, -1, -1, -1 }, 0 };
  GdkFrameClock *clock;
  gulong id;

  esc_ui_test_wait_mapped (widget);
  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &settling);
  gtk_widget_queue_draw (widget);
  esc_ui_test_wait_until (is_settled, &settling, "the window to settle");
  g_signal_handler_disconnect (clock, id);
}

/* Moves the real pointer (XTEST) over point @x, @y of @widget, which must have settled.
 * It comes from the screen's corner: the move is then a motion even where the pointer
 * already was, and a tooltip that another widget under the pointer showed meanwhile
 * (as one does while a test waits for the window to settle) is gone, so the one the
 * test waits for is shown. */
void
esc_ui_test_point_at (GtkWidget *widget,
                      double     x,
                      double     y)
{
  g_autofree char *command = NULL;
  int rx, ry;

  root_position (widget, x, y, &rx, &ry);
  command = g_strdup_printf ("xdotool mousemove 0 0 mousemove %d %d", rx, ry);
  esc_ui_test_run_command (command);
}

typedef struct {
  GtkWidget *widget;
  double x, y;
  gboolean (*condition) (gpointer);
  gpointer data;
  GtkWidget *tooltip; /* weak */
  gboolean watching;
} Hover;

/* GTK's tooltip window for @widget's surface, if it has one. */
static GtkWidget *
tooltip_window (GtkWidget *widget)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (widget));

  return native ? esc_ui_test_find_widget (native, g_type_from_name ("GtkTooltipWindow")) : NULL;
}

static void
hover_point (Hover *hover)
{
  if (hover->tooltip != NULL)
    g_object_remove_weak_pointer (G_OBJECT (hover->tooltip), (gpointer *) &hover->tooltip);
  hover->tooltip = tooltip_window (hover->widget);
  hover->watching = hover->tooltip != NULL;
  if (hover->watching)
    g_object_add_weak_pointer (G_OBJECT (hover->tooltip), (gpointer *) &hover->tooltip);
  esc_ui_test_point_at (hover->widget, hover->x, hover->y);
}

static gboolean
hovered (gpointer data)
{
  Hover *hover = data;

  if (hover->condition (hover->data))
    return TRUE;
  /* The tooltip GTK kept in browse mode was dropped, and with it the tooltip it was
   * about to show: point again, and a fresh one is made. */
  if (hover->watching && (hover->tooltip == NULL || gtk_widget_get_parent (hover->tooltip) == NULL))
    hover_point (hover);
  return FALSE;
}

/* Points at @x, @y of @widget (as esc_ui_test_point_at()) and waits until @condition
 * holds, typically a tooltip on screen. Once a tooltip has been shown and hidden, GTK
 * stays in "browse mode" for a while and then drops its tooltip, cancelling the one
 * still waiting for its (shorter) delay; on a busy machine the second timer can fire
 * first, and the pointer at rest would never show the tooltip. The drop is an event
 * the wait sees: it points again. */
void
esc_ui_test_hover (GtkWidget   *widget,
                   double       x,
                   double       y,
                   gboolean   (*condition) (gpointer),
                   gpointer     data,
                   const char  *what)
{
  Hover hover = { widget, x, y, condition, data, NULL, FALSE };

  hover_point (&hover);
  esc_ui_test_wait_until (hovered, &hover, what);
  if (hover.tooltip != NULL)
    g_object_remove_weak_pointer (G_OBJECT (hover.tooltip), (gpointer *) &hover.tooltip);
}

/* A point of @view inside item @item, near the middle of its bounds: islands and
 * crescents (Cuba) have their middle at sea, so the bounds are sampled. */
gboolean
esc_ui_test_item_point (EscDrawnView *view,
                        guint         item,
                        double       *x,
                        double       *y)
{
  const int steps = 24;
  double best = G_MAXDOUBLE, cx, cy;
  GdkRectangle bounds;

  if (!esc_drawn_view_get_item_bounds (view, item, &bounds))
    return FALSE;

  cx = bounds.x + bounds.width / 2.0;
  cy = bounds.y + bounds.height / 2.0;
  for (int i = 0; i <= steps; i++)
    for (int j = 0; j <= steps; j++)
      {
        double px = bounds.x + bounds.width * (double) i / steps;
        double py = bounds.y + bounds.height * (double) j / steps;

        if (esc_drawn_view_get_item_at (view, px, py) != (int) item || hypot (px - cx, py - cy) >= best)
          continue;
        best = hypot (px - cx, py - cy);
        *x = px;
        *y = py;
      }
  return best < G_MAXDOUBLE;
}

static gboolean
root_is_active (gpointer widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) && gtk_window_is_active (GTK_WINDOW (root));
}

/* Real key presses through the X server (XTEST), as a keyboard-only user makes them,
 * once @widget's window has the keyboard: keys sent before the window manager gives it
 * the focus would go nowhere. */
void
esc_ui_test_press_keys (GtkWidget  *widget,
                        const char *keys)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --clearmodifiers %s", keys);

  esc_ui_test_wait_until (root_is_active, widget, "the window to have the keyboard");
  esc_ui_test_run_command (command);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The row of a libadwaita form titled @title, mnemonic underscore and all. */
GtkWidget *
esc_ui_test_find_row (GtkWidget  *root,
                      const char *title)
{
  GtkWidget *row = esc_ui_test_find (root, is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

/* Types @text into the entry row titled @title, as the user would. */
void
esc_ui_test_fill_row (GtkWidget  *root,
                      const char *title,
                      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (esc_ui_test_find_row (root, title)), text);
}

/* ESC_TEST_SCREENSHOT=FILE.png: the screen with @widget on it, to look at. */
void
esc_ui_test_screenshot (GtkWidget *widget)
{
  g_autofree char *command = NULL;

  if (g_getenv ("ESC_TEST_SCREENSHOT") == NULL)
    return;
  esc_ui_test_wait_mapped (widget);
  esc_ui_test_wait_settled (widget);
  command = g_strdup_printf ("import -window root %s", g_getenv ("ESC_TEST_SCREENSHOT"));
  esc_ui_test_run_command (command);
}

typedef struct {
  GListModel *model;
  GPtrArray *array;
  guint n;
} Count;

static gboolean
has_count (gpointer data)
{
  Count *count = data;

  return (count->model ? g_list_model_get_n_items (count->model) : count->array->len) == count->n;
}

/* Waits until @model holds @n items. */
void
esc_ui_test_wait_n_items (GListModel *model,
                          guint       n,
                          const char *what)
{
  Count count = { model, NULL, n };

  esc_ui_test_wait_until (has_count, &count, what);
}

/* Waits until @array (a list of the model) holds @length items. */
void
esc_ui_test_wait_length (GPtrArray  *array,
                         guint       length,
                         const char *what)
{
  Count count = { NULL, array, length };

  esc_ui_test_wait_until (has_count, &count, what);
}
