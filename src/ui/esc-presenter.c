/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The presentation: a fullscreen window showing one slide at a time, drawn by the same
 * core as the exports, stepped by the keys a keyboard or a presentation clicker sends.
 * Closing it leaves the main window as it was. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-presenter.h"
#include "esc-slides.h"

#define HIDE_CURSOR_AFTER_MS 2000

struct _EscPresenter
{
  GtkWindow parent_instance;

  EscElection *election;
  GPtrArray *slides;          /* EscSlide */
  guint slide;
  guint hide_cursor;          /* timeout that hides the idle pointer */

  GtkDrawingArea *area;
};

G_DEFINE_FINAL_TYPE (EscPresenter, esc_presenter, GTK_TYPE_WINDOW)

static void
draw_slide (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  EscPresenter *self = ESC_PRESENTER (user_data);
  EscChartStyle style;

  if (self->slides == NULL || self->slides->len == 0)
    return;
  /* The slide style follows the light or dark preference. */
  esc_slide_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  esc_slide_render (g_ptr_array_index (self->slides, self->slide), cr, width, height, &style);
}

/* Screen readers hear the slide's title and where it comes from. */
static void
describe_slide (EscPresenter *self)
{
  const EscSlide *slide = g_ptr_array_index (self->slides, self->slide);
  g_autofree char *title = esc_slide_get_title (slide);
  g_autofree char *sources = esc_slide_get_sources (slide);
  /* Translators: the accessible name of a slide: "Slide 2 of 9: Vote shares". */
  g_autofree char *label = g_strdup_printf (_("Slide %u of %u: %s"), self->slide + 1, self->slides->len, title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sources, -1);
}

static void
go_to (EscPresenter *self,
       int           slide)
{
  self->slide = CLAMP (slide, 0, (int) self->slides->len - 1);
  describe_slide (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static gboolean
hide_cursor (gpointer user_data)
{
  EscPresenter *self = ESC_PRESENTER (user_data);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->area), "none");
  self->hide_cursor = 0;
  return G_SOURCE_REMOVE;
}

/* The pointer shows while it moves and hides when idle, out of the audience's way. */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           EscPresenter             *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self->area), NULL);
  g_clear_handle_id (&self->hide_cursor, g_source_remove);
  self->hide_cursor = g_timeout_add (HIDE_CURSOR_AFTER_MS, hide_cursor, self);
}

/* A click moves on, as on a slide projector; the secondary button goes back. */
static void
on_click (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          EscPresenter    *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  go_to (self, (int) self->slide + (button == GDK_BUTTON_SECONDARY ? -1 : 1));
}

static void
on_dark_changed (EscPresenter *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

/* Keys first, before the window's own arrow-key focus moves see them. Clickers send
 * Page Down and Page Up. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                EscPresenter          *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_Down: case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down: case GDK_KEY_space:
      go_to (self, (int) self->slide + 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left: case GDK_KEY_Up: case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up: case GDK_KEY_BackSpace:
      go_to (self, (int) self->slide - 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
      go_to (self, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
      go_to (self, (int) self->slides->len - 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Escape: case GDK_KEY_F5:
      gtk_window_destroy (GTK_WINDOW (self));
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/**
 * esc_presenter_new:
 *
 * Returns: (transfer none): a fullscreen presentation of @election over @parent
 */
GtkWidget *
esc_presenter_new (GtkWindow   *parent,
                   EscElection *election)
{
  EscPresenter *self = g_object_new (ESC_TYPE_PRESENTER, "transient-for", parent, NULL);

  self->election = g_object_ref (election);
  self->slides = esc_slides_for_election (election);
  go_to (self, 0);
  gtk_window_fullscreen (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}

guint
esc_presenter_get_slide (EscPresenter *self)
{
  g_return_val_if_fail (ESC_IS_PRESENTER (self), 0);
  return self->slide;
}

guint
esc_presenter_get_n_slides (EscPresenter *self)
{
  g_return_val_if_fail (ESC_IS_PRESENTER (self), 0);
  return self->slides->len;
}

static void
esc_presenter_init (EscPresenter *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw_slide, self, NULL);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), motion);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "released", G_CALLBACK (on_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_dark_changed), self,
                           G_CONNECT_SWAPPED);
  hide_cursor (self);
}

static void
esc_presenter_dispose (GObject *object)
{
  EscPresenter *self = ESC_PRESENTER (object);

  g_clear_handle_id (&self->hide_cursor, g_source_remove);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_object (&self->election);
  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_PRESENTER);
  G_OBJECT_CLASS (esc_presenter_parent_class)->dispose (object);
}

static void
esc_presenter_class_init (EscPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = esc_presenter_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-presenter.ui");
  gtk_widget_class_bind_template_child (widget_class, EscPresenter, area);
}
