/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart on screen: the drawing core does the work, this widget gives it a size, the
 * widget's colours, focus, the keyboard, the pointer, tooltips and an accessible
 * description. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "esc-article.h"
#include "esc-claim.h"
#include "esc-chart-view.h"
#include "esc-region.h"

struct _EscChartView
{
  GtkWidget parent_instance;

  EscChart *chart;
  EscChartLayout *layout;     /* for the current size and style; rebuilt when they change */
  int layout_width;
  int layout_height;
  EscChartStyle layout_style;
  int focused;
  int hovered;
};

G_DEFINE_FINAL_TYPE (EscChartView, esc_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

enum {
  MARK_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static EscRgb
rgb_from (const GdkRGBA *color)
{
  return (EscRgb) { color->red, color->green, color->blue };
}

/* Colours from the theme: the text colour of the card, libadwaita's accent for focus,
 * and the palette variant for dark and high-contrast styles. */
void
esc_chart_view_get_style (EscChartView  *self,
                          EscChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  const PangoFontDescription *font;
  GdkRGBA color, accent;

  esc_chart_style_init_default (style, adw_style_manager_get_dark (manager));
  if (adw_style_manager_get_high_contrast (manager))
    style->palette |= ESC_PALETTE_HIGH_CONTRAST;

  /* On screen, the text of a chart is the size of the text around it. */
  font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  style->font_size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    style->font_size *= 96.0 / 72.0;

  gtk_style_context_get_color (context, &color);
  style->foreground = rgb_from (&color);
  if (gtk_style_context_lookup_color (context, "accent_color", &accent))
    style->accent = rgb_from (&accent);
  style->opaque = FALSE;
}

static gboolean
same_style (const EscChartStyle *a,
            const EscChartStyle *b)
{
  return memcmp (a, b, sizeof *a) == 0;
}

static EscChartLayout *
ensure_layout (EscChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  EscChartStyle style = { 0 };

  if (self->chart == NULL || width <= 0 || height <= 0)
    return NULL;

  esc_chart_view_get_style (self, &style);
  if (self->layout == NULL || width != self->layout_width || height != self->layout_height
      || !same_style (&style, &self->layout_style))
    {
      g_clear_pointer (&self->layout, esc_chart_layout_free);
      self->layout = esc_chart_layout_new (self->chart, width, height, &style);
      self->layout_width = width;
      self->layout_height = height;
      self->layout_style = style;
    }
  return self->layout;
}

static GtkSizeRequestMode
esc_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
esc_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  EscChartView *self = ESC_CHART_VIEW (widget);
  EscChartStyle style = { 0 };

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow enough for a phone; charts switch to a stacked layout below ~30 em. */
      *minimum = 240;
      *natural = 720;
      return;
    }

  if (self->chart == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  esc_chart_view_get_style (self, &style);
  *minimum = *natural = (int) esc_chart_natural_height (self->chart, for_size > 0 ? for_size : 720, &style);
}

static void
esc_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  EscChartView *self = ESC_CHART_VIEW (widget);
  EscChartLayout *layout = ensure_layout (self);
  cairo_t *cr;
  int focused;

  if (layout == NULL)
    return;

  focused = gtk_widget_has_visible_focus (widget) ? self->focused : -1;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, self->layout_width, self->layout_height));
  esc_chart_layout_draw (layout, cr, focused, self->hovered);
  cairo_destroy (cr);
}

static void
esc_chart_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (esc_chart_view_parent_class)->css_changed (widget, change);
  /* Colours come from CSS: a theme or dark-mode switch must redraw, and relayout. */
  gtk_widget_queue_resize (widget);
}

static void
esc_chart_view_state_flags_changed (GtkWidget     *widget,
                                    GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (esc_chart_view_parent_class)->state_flags_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

static void
add_titles (GPtrArray *titles,
            GPtrArray *sources)
{
  for (guint j = 0; j < sources->len; j++)
    {
      EscArticle *article = esc_source_get_article (g_ptr_array_index (sources, j));
      const char *title = esc_localized_text_get (esc_article_get_title (article));

      if (!g_ptr_array_find_with_equal_func (titles, title, g_str_equal, NULL))
        g_ptr_array_add (titles, (gpointer) title);
    }
}

/* "Turnout: 41.8%", then who says so and in which articles. */
char *
esc_chart_view_describe_mark (EscChartView *self,
                              guint         mark_index)
{
  const EscChartMark *mark;
  g_autoptr(GString) text = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  g_return_val_if_fail (ESC_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (mark_index < esc_chart_get_n_marks (self->chart), NULL);

  mark = esc_chart_get_mark (self->chart, mark_index);
  text = g_string_new (NULL);
  g_string_append_printf (text, "%s: %s\n%s", mark->label, mark->value_text, mark->detail);

  /* A seat won in a region comes from that region's sources first. */
  for (guint i = 0; i < mark->regions->len; i++)
    add_titles (titles, esc_region_get_sources (g_ptr_array_index (mark->regions, i)));
  for (guint i = 0; i < mark->claims->len; i++)
    add_titles (titles, esc_claim_get_sources (g_ptr_array_index (mark->claims, i)));
  for (guint i = 0; i < titles->len; i++)
    /* Translators: a line of a chart tooltip naming an article a figure comes from. */
    g_string_append_printf (text, _("\nSource: %s"), (const char *) g_ptr_array_index (titles, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
esc_chart_view_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard,
                              GtkTooltip *tooltip)
{
  EscChartView *self = ESC_CHART_VIEW (widget);
  EscChartLayout *layout = ensure_layout (self);
  g_autofree char *text = NULL;
  GdkRectangle area;
  int mark;

  if (layout == NULL)
    return FALSE;

  mark = keyboard ? self->focused : esc_chart_layout_hit (layout, x, y);
  if (mark < 0)
    return FALSE;

  text = esc_chart_view_describe_mark (self, mark);
  /* Plain text: names and figures come from the dataset. */
  gtk_tooltip_set_text (tooltip, text);
  if (esc_chart_view_get_mark_bounds (self, mark, &area))
    gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static void
set_hovered (EscChartView *self,
             int           mark)
{
  if (self->hovered == mark)
    return;
  self->hovered = mark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           EscChartView             *self)
{
  EscChartLayout *layout = ensure_layout (self);

  set_hovered (self, layout ? esc_chart_layout_hit (layout, x, y) : -1);
}

static void
on_leave (GtkEventControllerMotion *motion,
          EscChartView             *self)
{
  set_hovered (self, -1);
}

static void
activate_mark (EscChartView *self,
               int           mark)
{
  if (mark < 0)
    return;
  esc_chart_view_set_focused_mark (self, mark);
  g_signal_emit (self, signals[MARK_ACTIVATED], 0, (guint) mark);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   EscChartView    *self)
{
  EscChartLayout *layout = ensure_layout (self);
  int mark = layout ? esc_chart_layout_hit (layout, x, y) : -1;

  if (mark >= 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self));
      activate_mark (self, mark);
    }
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EscChartView *self = ESC_CHART_VIEW (widget);
  int n = self->chart ? (int) esc_chart_get_n_marks (self->chart) : 0;

  if (n > 0)
    esc_chart_view_set_focused_mark (self, CLAMP (self->focused + g_variant_get_int32 (parameter), 0, n - 1));
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EscChartView *self = ESC_CHART_VIEW (widget);

  activate_mark (self, self->focused);
}

static void
update_accessible (EscChartView *self)
{
  g_autofree char *description = self->chart ? esc_chart_describe (self->chart) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->chart ? esc_chart_get_title (self->chart) : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
}

static void
esc_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EscChartView *self = ESC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EscChartView *self = ESC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_set_object (&self->chart, g_value_get_object (value));
      g_clear_pointer (&self->layout, esc_chart_layout_free);
      self->focused = 0;
      update_accessible (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_chart_view_dispose (GObject *object)
{
  EscChartView *self = ESC_CHART_VIEW (object);

  g_clear_pointer (&self->layout, esc_chart_layout_free);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (esc_chart_view_parent_class)->dispose (object);
}

static void
esc_chart_view_class_init (EscChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = esc_chart_view_dispose;
  object_class->get_property = esc_chart_view_get_property;
  object_class->set_property = esc_chart_view_set_property;

  widget_class->get_request_mode = esc_chart_view_get_request_mode;
  widget_class->measure = esc_chart_view_measure;
  widget_class->snapshot = esc_chart_view_snapshot;
  widget_class->css_changed = esc_chart_view_css_changed;
  widget_class->state_flags_changed = esc_chart_view_state_flags_changed;
  widget_class->query_tooltip = esc_chart_view_query_tooltip;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, ESC_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EscChartView::mark-activated:
   * @mark: the index of the mark, as in esc_chart_get_mark()
   *
   * A click on a mark, or Enter or Space on the focused one.
   */
  signals[MARK_ACTIVATED] =
    g_signal_new ("mark-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "chart.move-focus", "i", move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.activate-mark", NULL, activate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move-focus", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.move-focus", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move-focus", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.move-focus", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.move-focus", "i", -1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.move-focus", "i", 1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.activate-mark", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "chart.activate-mark", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "chart.activate-mark", NULL);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
esc_chart_view_init (EscChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->hovered = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
esc_chart_view_new (EscChart *chart)
{
  return g_object_new (ESC_TYPE_CHART_VIEW, "chart", chart, NULL);
}

EscChart *
esc_chart_view_get_chart (EscChartView *self)
{
  g_return_val_if_fail (ESC_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

int
esc_chart_view_get_focused_mark (EscChartView *self)
{
  g_return_val_if_fail (ESC_IS_CHART_VIEW (self), -1);
  return self->focused;
}

void
esc_chart_view_set_focused_mark (EscChartView *self,
                                 int           mark)
{
  g_return_if_fail (ESC_IS_CHART_VIEW (self));

  if (self->focused == mark)
    return;
  self->focused = mark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* Keyboard users get the mark's words at once, as a pointer user gets a tooltip. */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

gboolean
esc_chart_view_get_mark_bounds (EscChartView *self,
                                guint         mark,
                                GdkRectangle *bounds)
{
  EscChartLayout *layout;
  EscRect rect;

  g_return_val_if_fail (ESC_IS_CHART_VIEW (self), FALSE);

  layout = ensure_layout (self);
  if (layout == NULL || !esc_chart_layout_get_mark_bounds (layout, mark, &rect))
    return FALSE;

  *bounds = (GdkRectangle) { (int) rect.x, (int) rect.y, (int) ceil (rect.width), (int) ceil (rect.height) };
  return TRUE;
}
