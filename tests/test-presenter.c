/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The presentation: F5 opens it fullscreen, keys step through the slides, Escape leaves
 * and the window is as it was. Real key presses, as from a keyboard or a clicker. */
#include "config.h"

#include "esc-presenter.h"
#include "esc-ui-test.h"

static gboolean
presenter_fullscreen (gpointer data)
{
  GtkWindow *presenter = esc_ui_test_find_toplevel (ESC_TYPE_PRESENTER);

  return presenter != NULL && gtk_widget_get_mapped (GTK_WIDGET (presenter)) && gtk_window_is_fullscreen (presenter)
         && gtk_window_is_active (presenter);
}

static gboolean
presenter_gone (gpointer data)
{
  return esc_ui_test_find_toplevel (ESC_TYPE_PRESENTER) == NULL;
}

typedef struct {
  EscPresenter *presenter;
  guint slide;
} SlideWait;

static gboolean
on_slide (gpointer data)
{
  SlideWait *wait = data;

  return esc_presenter_get_slide (wait->presenter) == wait->slide;
}

static void
press (SlideWait  *wait,
       const char *key,
       guint       slide)
{
  esc_ui_test_press_keys (GTK_WIDGET (wait->presenter), key);
  wait->slide = slide;
  esc_ui_test_wait_until (on_slide, wait, key);
}

static void
check_present (EscApplication *app,
               EscWindow      *window,
               gpointer        user_data)
{
  SlideWait wait = { NULL, 0 };
  guint last;

  esc_window_set_visible_view (window, "reactions");
  esc_ui_test_press_keys (GTK_WIDGET (window), "F5");
  esc_ui_test_wait_until (presenter_fullscreen, NULL, "F5 to open the presentation fullscreen");

  wait.presenter = ESC_PRESENTER (esc_ui_test_find_toplevel (ESC_TYPE_PRESENTER));
  last = esc_presenter_get_n_slides (wait.presenter) - 1;
  g_assert_cmpuint (last, >=, 5);
  g_assert_cmpuint (esc_presenter_get_slide (wait.presenter), ==, 0);

  press (&wait, "Right", 1);
  press (&wait, "Next", 2);         /* Page Down, as clickers send */
  press (&wait, "space", 3);
  press (&wait, "Prior", 2);        /* Page Up */
  press (&wait, "BackSpace", 1);
  press (&wait, "Left", 0);
  press (&wait, "Left", 0);         /* no further than the first */
  press (&wait, "End", last);
  press (&wait, "Right", last);     /* nor past the last */
  press (&wait, "Home", 0);

  esc_ui_test_press_keys (GTK_WIDGET (wait.presenter), "Escape");
  esc_ui_test_wait_until (presenter_gone, NULL, "Escape to leave the presentation");
  g_assert_cmpstr (esc_window_get_visible_view (window), ==, "reactions");
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
}

static void
test_present (void)
{
  esc_ui_test_run_app (check_present, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/presenter/keys", test_present);

  return g_test_run ();
}
