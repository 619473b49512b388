/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of reactions on screen: the drawing core's map, with the widget's colours,
 * hover, tooltips, selection by pointer or keyboard, and an accessible description. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "esc-chart-text.h"
#include "esc-geo-store.h"
#include "esc-map.h"
#include "esc-map-view.h"
#include "esc-reaction.h"

struct _EscMapView
{
  GtkWidget parent_instance;

  EscElection *election;
  EscMapLayout *layout;
  int layout_width;
  int layout_height;
  gboolean layout_dark;
  gboolean whole_world;
  char *selected;
  char *hovered;
};

G_DEFINE_FINAL_TYPE (EscMapView, esc_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_WHOLE_WORLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_style (EscMapView    *self,
           EscChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  GdkRGBA color, accent, background;

  esc_chart_style_init_default (style, adw_style_manager_get_dark (manager));
  if (adw_style_manager_get_high_contrast (manager))
    style->palette |= ESC_PALETTE_HIGH_CONTRAST;
  gtk_style_context_get_color (context, &color);
  style->foreground = (EscRgb) { color.red, color.green, color.blue };
  if (gtk_style_context_lookup_color (context, "accent_color", &accent))
    style->accent = (EscRgb) { accent.red, accent.green, accent.blue };
  /* Borders between countries take the colour of what is behind the map. */
  if (gtk_style_context_lookup_color (context, "view_bg_color", &background))
    style->background = (EscRgb) { background.red, background.green, background.blue };
  style->opaque = FALSE;
  style->font_size = pango_font_description_get_size (font) / (double) PANGO_SCALE
                     * (pango_font_description_get_size_is_absolute (font) ? 1 : 96.0 / 72.0);
}

static EscMapLayout *
ensure_layout (EscMapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  EscChartStyle style;

  if (self->election == NULL || width <= 0 || height <= 0)
    return NULL;

  if (self->layout == NULL || width != self->layout_width || height != self->layout_height || dark != self->layout_dark)
    {
      g_clear_pointer (&self->layout, esc_map_layout_free);
      get_style (self, &style);
      self->layout = esc_map_layout_new (self->election, width, height, &style,
                                         self->whole_world);
      self->layout_width = width;
      self->layout_height = height;
      self->layout_dark = dark;
    }
  return self->layout;
}

static void
invalidate (EscMapView *self)
{
  g_clear_pointer (&self->layout, esc_map_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
esc_map_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  /* A map wants about twice its height in width; it never needs less than a phone's. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 900;
    }
  else
    {
      *minimum = 220;
      *natural = for_size > 0 ? MAX (for_size * 0.58, 220) : 480;
    }
}

static void
esc_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  EscMapView *self = ESC_MAP_VIEW (widget);
  EscMapLayout *layout = ensure_layout (self);
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, self->layout_width, self->layout_height));
  esc_map_layout_draw (layout, cr, self->selected, self->hovered);
  cairo_destroy (cr);
}

static void
esc_map_view_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (esc_map_view_parent_class)->css_changed (widget, change);
  invalidate (ESC_MAP_VIEW (widget));
}

static EscReaction *
reaction_for (EscMapView *self,
              const char *id)
{
  GPtrArray *reactions = self->election ? esc_election_get_reactions (self->election) : NULL;

  for (guint i = 0; id != NULL && reactions != NULL && i < reactions->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (reactions, i);

      if (g_strcmp0 (esc_reaction_get_country (reaction), id) == 0
          || g_strcmp0 (esc_reaction_get_organization_id (reaction), id) == 0)
        return reaction;
    }
  return NULL;
}

static gboolean
esc_map_view_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  EscMapView *self = ESC_MAP_VIEW (widget);
  EscMapLayout *layout = ensure_layout (self);
  const char *id = keyboard ? self->selected : (layout ? esc_map_layout_hit (layout, x, y) : NULL);
  EscReaction *reaction = reaction_for (self, id);
  g_autoptr(GString) text = NULL;

  if (id == NULL)
    return FALSE;

  text = g_string_new (reaction && esc_reaction_get_organization_name (reaction)
                       ? esc_localized_text_get (esc_reaction_get_organization_name (reaction))
                       : esc_text_country (id));
  if (reaction != NULL)
    {
      g_string_append_printf (text, "\n%s", esc_text_stance (esc_reaction_get_stance (reaction)));
      if (esc_reaction_get_speaker (reaction) != NULL)
        g_string_append_printf (text, " · %s", esc_reaction_get_speaker (reaction));
      if (esc_reaction_get_quote (reaction) != NULL)
        {
          g_string_append_c (text, '\n');
          /* Translators: a quotation; %s is the quoted words. */
          g_string_append_printf (text, _("“%s”"), esc_reaction_get_quote (reaction));
        }
    }
  /* Plain text: names and quotes come from the dataset. */
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
set_hovered (EscMapView *self,
             const char *id)
{
  if (g_strcmp0 (self->hovered, id) == 0)
    return;
  g_free (self->hovered);
  self->hovered = g_strdup (id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           EscMapView               *self)
{
  EscMapLayout *layout = ensure_layout (self);

  set_hovered (self, layout ? esc_map_layout_hit (layout, x, y) : NULL);
}

static void
on_leave (GtkEventControllerMotion *motion,
          EscMapView               *self)
{
  set_hovered (self, NULL);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   EscMapView      *self)
{
  EscMapLayout *layout = ensure_layout (self);
  const char *id = layout ? esc_map_layout_hit (layout, x, y) : NULL;

  /* Only what reacted can be selected: the list has no row for the rest. */
  if (reaction_for (self, id) != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self));
      esc_map_view_set_selected (self, id);
    }
}

static const char *
reaction_id (EscReaction *reaction)
{
  return esc_reaction_get_country (reaction) ? esc_reaction_get_country (reaction)
                                             : esc_reaction_get_organization_id (reaction);
}

/* The keyboard steps through what reacted, each country or organization once, in the
 * order of its first reaction: a country that reacted twice must not send it back. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscMapView *self = ESC_MAP_VIEW (widget);
  GPtrArray *reactions = self->election ? esc_election_get_reactions (self->election) : NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  int step = g_variant_get_int32 (parameter), current = -1, n;
  guint found;

  for (guint i = 0; reactions != NULL && i < reactions->len; i++)
    {
      const char *id = reaction_id (g_ptr_array_index (reactions, i));

      if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer) id);
    }
  if (ids->len == 0)
    return;

  n = ids->len;
  if (self->selected != NULL && g_ptr_array_find_with_equal_func (ids, self->selected, g_str_equal, &found))
    current = found;
  esc_map_view_set_selected (self, g_ptr_array_index (ids, ((current < 0 ? (step > 0 ? -1 : 0) : current) + step + n) % n));
  gtk_widget_trigger_tooltip_query (widget);
}

static void
update_accessible (EscMapView *self)
{
  GPtrArray *reactions = self->election ? esc_election_get_reactions (self->election) : NULL;
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; reactions != NULL && i < reactions->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (reactions, i);
      const char *name = esc_reaction_get_country (reaction)
                         ? esc_text_country (esc_reaction_get_country (reaction))
                         : esc_localized_text_get (esc_reaction_get_organization_name (reaction));

      /* Translators: one reaction, read aloud: "Chile: Questioned the result." */
      g_string_append_printf (description, _("%s: %s. "), name, esc_text_stance (esc_reaction_get_stance (reaction)));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map of reactions"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

static void
esc_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EscMapView *self = ESC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;
    case PROP_WHOLE_WORLD:
      g_value_set_boolean (value, self->whole_world);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EscMapView *self = ESC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      esc_map_view_set_selected (self, g_value_get_string (value));
      break;
    case PROP_WHOLE_WORLD:
      esc_map_view_set_whole_world (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_map_view_dispose (GObject *object)
{
  EscMapView *self = ESC_MAP_VIEW (object);

  g_clear_pointer (&self->layout, esc_map_layout_free);
  g_clear_object (&self->election);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->hovered, g_free);

  G_OBJECT_CLASS (esc_map_view_parent_class)->dispose (object);
}

static void
esc_map_view_class_init (EscMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = esc_map_view_dispose;
  object_class->get_property = esc_map_view_get_property;
  object_class->set_property = esc_map_view_set_property;

  widget_class->measure = esc_map_view_measure;
  widget_class->snapshot = esc_map_view_snapshot;
  widget_class->css_changed = esc_map_view_css_changed;
  widget_class->query_tooltip = esc_map_view_query_tooltip;

  /**
   * EscMapView:selected:
   *
   * The alpha-2 code of the selected country, or the id of the selected organization.
   */
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHOLE_WORLD] =
    g_param_spec_boolean ("whole-world", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "map.step", "i", step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "map.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "map.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "map.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "map.step", "i", -1);

  gtk_widget_class_set_css_name (widget_class, "worldmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
esc_map_view_init (EscMapView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
esc_map_view_new (void)
{
  return g_object_new (ESC_TYPE_MAP_VIEW, NULL);
}

void
esc_map_view_set_election (EscMapView  *self,
                           EscElection *election)
{
  g_return_if_fail (ESC_IS_MAP_VIEW (self));

  if (!g_set_object (&self->election, election))
    return;
  esc_map_view_set_selected (self, NULL);
  update_accessible (self);
  invalidate (self);
}

const char *
esc_map_view_get_selected (EscMapView *self)
{
  g_return_val_if_fail (ESC_IS_MAP_VIEW (self), NULL);
  return self->selected;
}

void
esc_map_view_set_selected (EscMapView *self,
                           const char *id)
{
  g_return_if_fail (ESC_IS_MAP_VIEW (self));

  if (g_strcmp0 (self->selected, id) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gboolean
esc_map_view_get_whole_world (EscMapView *self)
{
  g_return_val_if_fail (ESC_IS_MAP_VIEW (self), FALSE);
  return self->whole_world;
}

void
esc_map_view_set_whole_world (EscMapView *self,
                              gboolean    whole_world)
{
  g_return_if_fail (ESC_IS_MAP_VIEW (self));

  whole_world = !!whole_world;
  if (self->whole_world == whole_world)
    return;
  self->whole_world = whole_world;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHOLE_WORLD]);
}

/* A point of the widget inside country @id, near the middle of its bounds: islands and
 * crescents (Cuba) have their centre at sea, so the bounds are sampled for land. */
gboolean
esc_map_view_get_point (EscMapView *self,
                        const char *id,
                        double     *x,
                        double     *y)
{
  EscMapLayout *layout = ensure_layout (self);
  const EscGeoFeature *country = id ? esc_geo_layer_lookup (esc_geo_store_get_world (), id) : NULL;
  double best = G_MAXDOUBLE, cx, cy;
  const int steps = 24;

  if (layout == NULL || country == NULL)
    return FALSE;

  esc_map_layout_project (layout, (country->west + country->east) / 2, (country->south + country->north) / 2, &cx, &cy);
  for (int i = 0; i <= steps; i++)
    for (int j = 0; j <= steps; j++)
      {
        double lon = country->west + (country->east - country->west) * i / steps;
        double lat = country->south + (country->north - country->south) * j / steps;
        double px, py;

        if (!esc_map_layout_project (layout, lon, lat, &px, &py)
            || g_strcmp0 (esc_map_layout_hit (layout, px, py), id) != 0
            || hypot (px - cx, py - cy) >= best)
          continue;
        best = hypot (px - cx, py - cy);
        *x = px;
        *y = py;
      }
  return best < G_MAXDOUBLE;
}
