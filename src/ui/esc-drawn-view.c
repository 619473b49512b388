/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Anything the drawing core draws (a chart, the map of reactions), on screen: this
 * widget gives it a size and the theme's colours and text size, and adds what a reader
 * does with its items: point at them, step through them with the keyboard, activate
 * them, read them in a tooltip or through a screen reader. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "esc-drawn-view.h"

struct _EscDrawnView
{
  GtkWidget parent_instance;

  EscDrawing *drawing;
  EscChartStyle style;        /* from the theme, read again when the CSS changes */
  gboolean style_valid;
  EscDrawingLayout *layout;   /* for layout_width × layout_height in layout_style */
  int layout_width;
  int layout_height;
  EscChartStyle layout_style;
  int measured_for;           /* the last height-for-width, measure() is called often */
  double measured_minimum;
  double measured_natural;
  int focused;
  int hovered;
  gboolean selection_follows_focus;
};

G_DEFINE_FINAL_TYPE (EscDrawnView, esc_drawn_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DRAWING,
  PROP_FOCUSED_ITEM,
  PROP_SELECTION_FOLLOWS_FOCUS,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static EscRgb
rgb_from (const GdkRGBA *color)
{
  return (EscRgb) { color->red, color->green, color->blue };
}

/* Colours from the theme: the text colour, libadwaita's accent for focus, the view's
 * background for borders between shapes, and the palette variant for dark and
 * high-contrast styles. */
void
esc_drawn_view_read_style (GtkWidget     *widget,
                           EscChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  GdkRGBA color;

  /* Zeroed padding too: styles are compared with memcmp(). */
  memset (style, 0, sizeof *style);
  esc_chart_style_init_default (style, adw_style_manager_get_dark (manager));
  if (adw_style_manager_get_high_contrast (manager))
    style->palette |= ESC_PALETTE_HIGH_CONTRAST;
  style->opaque = FALSE;

  /* On screen, the text of a drawing is the size of the text around it. */
  style->font_size = pango_font_description_get_size (font) / (double) PANGO_SCALE
                     * (pango_font_description_get_size_is_absolute (font) ? 1 : 96.0 / 72.0);

  gtk_style_context_get_color (context, &color);
  style->foreground = rgb_from (&color);
  if (gtk_style_context_lookup_color (context, "accent_color", &color))
    style->accent = rgb_from (&color);
  if (gtk_style_context_lookup_color (context, "view_bg_color", &color))
    style->background = rgb_from (&color);
}

static const EscChartStyle *
get_style (EscDrawnView *self)
{
  if (!self->style_valid)
    {
      esc_drawn_view_read_style (GTK_WIDGET (self), &self->style);
      self->style_valid = TRUE;
    }
  return &self->style;
}

/* What was measured or laid out is stale: the drawing, or its style, changed. */
static void
invalidate (EscDrawnView *self)
{
  g_clear_pointer (&self->layout, esc_drawing_layout_free);
  self->measured_for = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The layout for the current size and style, built when either changes: in
 * size_allocate() as a rule, so that snapshot() only draws. */
static EscDrawingLayout *
ensure_layout (EscDrawnView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  const EscChartStyle *style;

  if (self->drawing == NULL || width <= 0 || height <= 0)
    return NULL;

  style = get_style (self);
  if (self->layout == NULL || width != self->layout_width || height != self->layout_height
      || memcmp (style, &self->layout_style, sizeof *style) != 0)
    {
      g_clear_pointer (&self->layout, esc_drawing_layout_free);
      self->layout = esc_drawing_layout_new (self->drawing, width, height, style);
      self->layout_width = width;
      self->layout_height = height;
      self->layout_style = *style;
    }
  return self->layout;
}

static GtkSizeRequestMode
esc_drawn_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
esc_drawn_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);
  int width = for_size > 0 ? for_size : 720;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow enough for a phone; charts stack their rows below ~30 em. */
      *minimum = 240;
      *natural = 720;
      return;
    }

  if (self->drawing == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  if (self->measured_for != width)
    {
      esc_drawing_measure_height (self->drawing, width, get_style (self),
                                  &self->measured_minimum, &self->measured_natural);
      self->measured_for = width;
    }
  *minimum = (int) ceil (self->measured_minimum);
  *natural = (int) ceil (self->measured_natural);
}

static void
esc_drawn_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  ensure_layout (ESC_DRAWN_VIEW (widget));
}

static void
esc_drawn_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);
  EscDrawingLayout *layout = ensure_layout (self);
  gboolean show_focused = self->selection_follows_focus || gtk_widget_has_visible_focus (widget);
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, self->layout_width, self->layout_height));
  esc_drawing_layout_draw (layout, cr, show_focused ? self->focused : -1, self->hovered);
  cairo_destroy (cr);
}

static void
esc_drawn_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);
  EscChartStyle style;

  GTK_WIDGET_CLASS (esc_drawn_view_parent_class)->css_changed (widget, change);

  /* A theme, dark-mode or font switch: colours and text size come from CSS. Hover and
   * focus change the CSS too, and need no new layout. */
  esc_drawn_view_read_style (GTK_WIDGET (self), &style);
  if (self->style_valid && memcmp (&style, &self->style, sizeof style) == 0)
    return;
  self->style = style;
  self->style_valid = TRUE;
  invalidate (self);
}

static void
esc_drawn_view_state_flags_changed (GtkWidget     *widget,
                                    GtkStateFlags  previous)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);
  GtkStateFlags flags = gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (esc_drawn_view_parent_class)->state_flags_changed (widget, previous);

  /* The keyboard lands on the first item. Not where the focused item is a selection:
   * taking the focus must not change what is selected. */
  if ((flags & GTK_STATE_FLAG_FOCUSED) && !(previous & GTK_STATE_FLAG_FOCUSED)
      && self->focused < 0 && !self->selection_follows_focus
      && self->drawing != NULL && esc_drawing_get_n_items (self->drawing) > 0)
    esc_drawn_view_set_focused_item (self, 0);
  gtk_widget_queue_draw (widget);
}

static gboolean
esc_drawn_view_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard,
                              GtkTooltip *tooltip)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);
  EscDrawingLayout *layout = ensure_layout (self);
  g_autofree char *text = NULL;
  GdkRectangle area;
  int item;

  if (layout == NULL)
    return FALSE;

  item = keyboard ? self->focused : esc_drawing_layout_hit (layout, x, y);
  if (item < 0)
    return FALSE;

  text = esc_drawing_describe_item (self->drawing, item);
  /* Plain text: names, figures and quotes come from the dataset. */
  gtk_tooltip_set_text (tooltip, text);
  if (esc_drawn_view_get_item_bounds (self, item, &area))
    gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static void
set_hovered (EscDrawnView *self,
             int           item)
{
  if (self->hovered == item)
    return;
  self->hovered = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           EscDrawnView             *self)
{
  set_hovered (self, esc_drawn_view_get_item_at (self, x, y));
}

static void
on_leave (GtkEventControllerMotion *motion,
          EscDrawnView             *self)
{
  set_hovered (self, -1);
}

static void
activate_item (EscDrawnView *self,
               int           item)
{
  if (item < 0)
    return;
  esc_drawn_view_set_focused_item (self, item);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, (guint) item);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   EscDrawnView    *self)
{
  int item = esc_drawn_view_get_item_at (self, x, y);

  if (item < 0)
    return;
  /* The item first: taking the focus with none would focus the first. */
  esc_drawn_view_set_focused_item (self, item);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  activate_item (self, item);
}

/* The arrows step through the items and round, as in a radio group; from none,
 * forward starts at the first and back at the last. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);
  int n = self->drawing ? (int) esc_drawing_get_n_items (self->drawing) : 0;
  int step = g_variant_get_int32 (parameter);

  if (n == 0)
    return;
  if (self->focused < 0)
    esc_drawn_view_set_focused_item (self, step > 0 ? 0 : n - 1);
  else
    esc_drawn_view_set_focused_item (self, ((self->focused + step) % n + n) % n);
}

/* Home and End: item @parameter, counted from the end when negative. */
static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);
  int n = self->drawing ? (int) esc_drawing_get_n_items (self->drawing) : 0;
  int item = g_variant_get_int32 (parameter);

  if (n > 0)
    esc_drawn_view_set_focused_item (self, CLAMP (item < 0 ? n + item : item, 0, n - 1));
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (widget);

  activate_item (self, self->focused);
}

/* The name is the title, and the focused item's words after it: a screen reader says
 * a focused control's new name, as the arrows move from item to item. Only the name
 * follows the focus; the description is the whole drawing's. */
static void
update_accessible_name (EscDrawnView *self)
{
  g_autofree char *item = self->drawing && self->focused >= 0 ? esc_drawing_describe_item (self->drawing, self->focused) : NULL;
  const char *title = self->drawing ? esc_drawing_get_title (self->drawing) : "";
  /* Translators: a chart's accessible name while one of its marks is focused:
   * "Vote shares: Maduro, 51.2 %". */
  g_autofree char *label = item != NULL ? g_strdup_printf (_("%s: %s"), title, item) : g_strdup (title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_accessible (EscDrawnView *self)
{
  g_autofree char *description = self->drawing ? esc_drawing_describe (self->drawing) : NULL;

  update_accessible_name (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : "", -1);
}

static void
esc_drawn_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_DRAWING:
      g_value_set_object (value, self->drawing);
      break;
    case PROP_FOCUSED_ITEM:
      g_value_set_int (value, self->focused);
      break;
    case PROP_SELECTION_FOLLOWS_FOCUS:
      g_value_set_boolean (value, self->selection_follows_focus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_drawn_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_DRAWING:
      esc_drawn_view_set_drawing (self, g_value_get_object (value));
      break;
    case PROP_FOCUSED_ITEM:
      esc_drawn_view_set_focused_item (self, g_value_get_int (value));
      break;
    case PROP_SELECTION_FOLLOWS_FOCUS:
      esc_drawn_view_set_selection_follows_focus (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_drawn_view_dispose (GObject *object)
{
  EscDrawnView *self = ESC_DRAWN_VIEW (object);

  g_clear_pointer (&self->layout, esc_drawing_layout_free);
  g_clear_object (&self->drawing);

  G_OBJECT_CLASS (esc_drawn_view_parent_class)->dispose (object);
}

static void
esc_drawn_view_class_init (EscDrawnViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = esc_drawn_view_dispose;
  object_class->get_property = esc_drawn_view_get_property;
  object_class->set_property = esc_drawn_view_set_property;

  widget_class->get_request_mode = esc_drawn_view_get_request_mode;
  widget_class->measure = esc_drawn_view_measure;
  widget_class->size_allocate = esc_drawn_view_size_allocate;
  widget_class->snapshot = esc_drawn_view_snapshot;
  widget_class->css_changed = esc_drawn_view_css_changed;
  widget_class->state_flags_changed = esc_drawn_view_state_flags_changed;
  widget_class->query_tooltip = esc_drawn_view_query_tooltip;

  properties[PROP_DRAWING] =
    g_param_spec_object ("drawing", NULL, NULL, ESC_TYPE_DRAWING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * EscDrawnView:focused-item:
   *
   * The item the keyboard is on, or -1.
   */
  properties[PROP_FOCUSED_ITEM] =
    g_param_spec_int ("focused-item", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * EscDrawnView:selection-follows-focus:
   *
   * The focused item is the selection (the map's, shared with a list): drawn whether
   * or not the view has the focus, and kept when the view takes it.
   */
  properties[PROP_SELECTION_FOLLOWS_FOCUS] =
    g_param_spec_boolean ("selection-follows-focus", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EscDrawnView::item-activated:
   * @item: the index of the item, as the drawing counts them
   *
   * A click on an item, or Enter or Space on the focused one.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "drawing.step", "i", step_action);
  gtk_widget_class_install_action (widget_class, "drawing.go-to", "i", go_to_action);
  gtk_widget_class_install_action (widget_class, "drawing.activate-item", NULL, activate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "drawing.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "drawing.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "drawing.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "drawing.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "drawing.go-to", "i", 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "drawing.go-to", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "drawing.activate-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "drawing.activate-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "drawing.activate-item", NULL);

  gtk_widget_class_set_css_name (widget_class, "drawing");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
esc_drawn_view_init (EscDrawnView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->focused = -1;
  self->hovered = -1;
  self->measured_for = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
esc_drawn_view_new (EscDrawing *drawing)
{
  return g_object_new (ESC_TYPE_DRAWN_VIEW, "drawing", drawing, NULL);
}

EscDrawing *
esc_drawn_view_get_drawing (EscDrawnView *self)
{
  g_return_val_if_fail (ESC_IS_DRAWN_VIEW (self), NULL);
  return self->drawing;
}

/* Shows @drawing, or nothing; no item is focused. */
void
esc_drawn_view_set_drawing (EscDrawnView *self,
                            EscDrawing   *drawing)
{
  g_return_if_fail (ESC_IS_DRAWN_VIEW (self));
  g_return_if_fail (drawing == NULL || ESC_IS_DRAWING (drawing));

  if (self->drawing == drawing)
    return;
  if (self->drawing != NULL)
    g_signal_handlers_disconnect_by_data (self->drawing, self);
  g_set_object (&self->drawing, drawing);
  if (drawing != NULL)
    g_signal_connect_object (drawing, "changed", G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);

  self->hovered = -1;
  esc_drawn_view_set_focused_item (self, -1);
  update_accessible (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAWING]);
}

int
esc_drawn_view_get_focused_item (EscDrawnView *self)
{
  g_return_val_if_fail (ESC_IS_DRAWN_VIEW (self), -1);
  return self->focused;
}

void
esc_drawn_view_set_focused_item (EscDrawnView *self,
                                 int           item)
{
  g_return_if_fail (ESC_IS_DRAWN_VIEW (self));
  g_return_if_fail (item >= -1);
  g_return_if_fail (item < 0 || (self->drawing != NULL && (guint) item < esc_drawing_get_n_items (self->drawing)));

  if (self->focused == item)
    return;
  self->focused = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible_name (self);
  /* Keyboard users get the item's words at once, as a pointer user gets a tooltip. */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_ITEM]);
}

gboolean
esc_drawn_view_get_selection_follows_focus (EscDrawnView *self)
{
  g_return_val_if_fail (ESC_IS_DRAWN_VIEW (self), FALSE);
  return self->selection_follows_focus;
}

void
esc_drawn_view_set_selection_follows_focus (EscDrawnView *self,
                                            gboolean      follows)
{
  g_return_if_fail (ESC_IS_DRAWN_VIEW (self));

  follows = !!follows;
  if (self->selection_follows_focus == follows)
    return;
  self->selection_follows_focus = follows;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_FOLLOWS_FOCUS]);
}

/* Where item @item is, in the view's coordinates: for popovers and tests. */
gboolean
esc_drawn_view_get_item_bounds (EscDrawnView *self,
                                guint         item,
                                GdkRectangle *bounds)
{
  EscDrawingLayout *layout;
  EscRect rect;

  g_return_val_if_fail (ESC_IS_DRAWN_VIEW (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  layout = ensure_layout (self);
  if (layout == NULL || !esc_drawing_layout_get_item_bounds (layout, item, &rect))
    return FALSE;

  *bounds = (GdkRectangle) { (int) rect.x, (int) rect.y, (int) ceil (rect.width), (int) ceil (rect.height) };
  return TRUE;
}

/* The item at @x, @y of the view, or -1. */
int
esc_drawn_view_get_item_at (EscDrawnView *self,
                            double        x,
                            double        y)
{
  EscDrawingLayout *layout;

  g_return_val_if_fail (ESC_IS_DRAWN_VIEW (self), -1);

  layout = ensure_layout (self);
  return layout != NULL ? esc_drawing_layout_hit (layout, x, y) : -1;
}
