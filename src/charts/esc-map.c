/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of reactions: countries that reacted filled by stance on an Equal Earth map
 * fitted to them, organizations as tiles beside it, and a legend. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "esc-chart-text.h"
#include "esc-geo-store.h"
#include "esc-map.h"
#include "esc-plane-rings.h"
#include "esc-projection.h"
#include "esc-reaction.h"

typedef struct {
  const EscGeoFeature *country;
  GPtrArray *rings;       /* GArray of double pairs, projected to pixels */
  gboolean reacted;
  gboolean host;          /* where the election was held */
  EscStance stance;
} Shape;

typedef struct {
  PangoLayout *layout;
  EscRect box;
  gboolean dim;
} Label;

typedef struct {
  EscRect box;
  EscStance stance;
  char *id;
} Tile;

struct _EscMapLayout
{
  EscElection *election;
  EscChartStyle style;
  double width;
  double height;
  double font;
  EscRect map;            /* the area the map is drawn in */
  double scale;
  double offset_x;
  double offset_y;
  GArray *shapes;         /* Shape */
  GArray *labels;         /* Label */
  GArray *tiles;          /* Tile: organizations */
  GArray *swatches;       /* EscRect, one per legend entry, with the stance in the index */
  GArray *swatch_stances; /* EscStance */
};

/* Four families a reader can tell apart at a glance, in Okabe–Ito colours: welcoming
 * the result, asking questions of it, rejecting it, anything else. */
/* In the legend's list of swatches: the election's own country, not a stance. */
#define HOST_SWATCH ((EscStance) -1)

static int
stance_family (EscStance stance)
{
  switch (stance)
    {
    case ESC_STANCE_CONGRATULATED:
    case ESC_STANCE_WELCOMED:
    case ESC_STANCE_SUPPORTED:
      return 0;
    case ESC_STANCE_CALLED_FOR_TRANSPARENCY:
    case ESC_STANCE_EXPRESSED_CONCERN:
    case ESC_STANCE_QUESTIONED:
      return 1;
    case ESC_STANCE_REJECTED:
      return 2;
    case ESC_STANCE_OTHER:
    default:
      return 3;
    }
}

EscRgb
esc_map_stance_color (EscPaletteStyle palette,
                      EscStance       stance)
{
  static const EscRgb colors[4][4] = {
    [ESC_PALETTE_LIGHT] = {
      { 0.0, 0.55, 0.42 },     /* bluish green: congratulated, welcomed, supported */
      { 0.76, 0.49, 0.0 },     /* orange: transparency, concern, questions */
      { 0.72, 0.33, 0.55 },    /* reddish purple: rejected */
      { 0.24, 0.52, 0.74 },    /* sky blue: other */
    },
    [ESC_PALETTE_DARK] = {
      { 0.24, 0.78, 0.62 }, { 0.96, 0.73, 0.26 }, { 0.88, 0.58, 0.76 }, { 0.45, 0.75, 0.95 },
    },
    /* High contrast: the same hues, darker on light and lighter on dark. */
    [ESC_PALETTE_HIGH_CONTRAST] = {
      { 0.0, 0.40, 0.30 }, { 0.60, 0.38, 0.0 }, { 0.55, 0.18, 0.40 }, { 0.10, 0.38, 0.62 },
    },
    [ESC_PALETTE_DARK | ESC_PALETTE_HIGH_CONTRAST] = {
      { 0.45, 0.90, 0.76 }, { 1.0, 0.83, 0.45 }, { 0.96, 0.72, 0.88 }, { 0.62, 0.85, 1.0 },
    },
  };

  g_return_val_if_fail ((guint) palette < G_N_ELEMENTS (colors), colors[0][0]);
  return colors[palette][stance_family (stance)];
}

static void
shape_clear (gpointer data)
{
  g_clear_pointer (&((Shape *) data)->rings, g_ptr_array_unref);
}

static void
label_clear (gpointer data)
{
  g_clear_object (&((Label *) data)->layout);
}

static void
tile_clear (gpointer data)
{
  g_free (((Tile *) data)->id);
}

static Label *
add_label (EscMapLayout *self,
           PangoContext *context,
           const char   *text,
           double        size,
           gboolean      bold,
           gboolean      dim,
           double        x,
           double        y)
{
  /* Legend lines wrap rather than run off a narrow map. */
  double max_width = self->width - size * 3;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, Sans");
  Label label = { .dim = dim };
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  label.layout = pango_layout_new (context);
  pango_layout_set_font_description (label.layout, font);
  pango_layout_set_text (label.layout, text, -1);
  if (max_width > size * 4)
    {
      pango_layout_set_width (label.layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (label.layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_get_pixel_size (label.layout, &w, &h);
  label.box = (EscRect) { x, y, w, h };
  g_array_append_val (self->labels, label);
  return &g_array_index (self->labels, Label, self->labels->len - 1);
}

static void
project (EscMapLayout *self,
         double        lon,
         double        lat,
         double       *x,
         double       *y)
{
  double px, py;

  esc_equal_earth (lon, lat, &px, &py);
  *x = self->offset_x + px * self->scale;
  *y = self->offset_y - py * self->scale;
}

/* The first reaction of each country decides its colour; a country's later reactions
 * are in the list. */
static GHashTable *
stances_by_country (EscElection *election,
                    GPtrArray   *organizations)
{
  GHashTable *stances = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *reactions = esc_election_get_reactions (election);

  for (guint i = 0; i < reactions->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (reactions, i);
      const char *country = esc_reaction_get_country (reaction);

      if (country != NULL && !g_hash_table_contains (stances, country))
        g_hash_table_insert (stances, (gpointer) country, GINT_TO_POINTER (esc_reaction_get_stance (reaction)));
      else if (country == NULL)
        g_ptr_array_add (organizations, reaction);
    }
  return stances;
}

/* The area to show: the reacting countries with a margin, or the whole world. */
static void
fit (EscMapLayout *self,
     GHashTable   *stances,
     gboolean      whole_world)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < self->shapes->len && !whole_world; i++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, i);

      /* The country that voted is part of the story, even when it says nothing. */
      if (!shape->reacted && !shape->host)
        continue;
      for (guint r = 0; r < shape->country->rings->len; r++)
        {
          GArray *ring = g_ptr_array_index (shape->country->rings, r);

          for (guint p = 0; p < ring->len; p++)
            {
              EscLonLat *point = &g_array_index (ring, EscLonLat, p);
              double x, y;

              esc_equal_earth (point->lon, point->lat, &x, &y);
              x0 = MIN (x0, x), x1 = MAX (x1, x), y0 = MIN (y0, y), y1 = MAX (y1, y);
            }
        }
    }

  if (whole_world || x1 < x0)
    {
      double unused;

      /* Widest at the equator, tallest at the poles. */
      esc_equal_earth (180, 0, &x1, &unused);
      esc_equal_earth (0, 90, &unused, &y1);
      x0 = -x1;
      y0 = -y1;
    }
  else
    {
      /* Room around the edges, and never closer than a continent: context matters. */
      double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
      double half_w = MAX ((x1 - x0) * 0.6, 0.6), half_h = MAX ((y1 - y0) * 0.6, 0.35);

      x0 = cx - half_w, x1 = cx + half_w, y0 = cy - half_h, y1 = cy + half_h;
    }

  self->scale = MIN (self->map.width / (x1 - x0), self->map.height / (y1 - y0));
  self->offset_x = self->map.x + self->map.width / 2 - (x0 + x1) / 2 * self->scale;
  self->offset_y = self->map.y + self->map.height / 2 + (y0 + y1) / 2 * self->scale;
}

static void
project_shapes (EscMapLayout *self)
{
  for (guint i = 0; i < self->shapes->len; i++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, i);

      for (guint r = 0; r < shape->country->rings->len; r++)
        {
          GArray *ring = g_ptr_array_index (shape->country->rings, r);
          GArray *projected = g_array_sized_new (FALSE, FALSE, sizeof (double), ring->len * 2);

          for (guint p = 0; p < ring->len; p++)
            {
              EscLonLat *point = &g_array_index (ring, EscLonLat, p);
              double xy[2];

              project (self, point->lon, point->lat, &xy[0], &xy[1]);
              g_array_append_vals (projected, xy, 2);
            }
          g_ptr_array_add (shape->rings, projected);
        }
    }
}

/* The legend lists each stance present, with how many reacted so; organizations get a
 * tile each, since they have no place on a map. Both flow left to right and wrap. */
static double
place_legend (EscMapLayout *self,
              PangoContext *context,
              EscElection  *election,
              GPtrArray    *organizations,
              double        y)
{
  double font = self->font, pad = font * 0.75, x = pad, row_h = font * 1.6;
  guint counts[ESC_STANCE_OTHER + 1] = { 0 };
  GPtrArray *reactions = esc_election_get_reactions (election);

  for (guint i = 0; i < reactions->len; i++)
    counts[esc_reaction_get_stance (g_ptr_array_index (reactions, i))]++;

  /* First, which country voted: grey and dashed on the map. */
  {
    g_autofree char *text = g_strdup_printf (_("%s: the election"), esc_text_country (esc_election_get_country (election)));
    Label *label = add_label (self, context, text, font * 0.85, FALSE, FALSE, x + font * 1.3, 0);
    EscRect swatch = { x, y + (row_h - font) / 2 - font * 0.15, font, font };
    EscStance host = HOST_SWATCH;

    label->box.y = y + (row_h - label->box.height) / 2 - font * 0.15;
    g_array_append_val (self->swatches, swatch);
    g_array_append_val (self->swatch_stances, host);
    x = label->box.x + label->box.width + font;
  }

  /* Then one entry per colour: "Congratulated (2), Welcomed the result (1)". */
  for (int family = 0; family < 4; family++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      EscStance representative = ESC_STANCE_OTHER;
      Label *label;
      EscRect swatch;

      for (int stance = 0; stance <= ESC_STANCE_OTHER; stance++)
        if (counts[stance] > 0 && stance_family (stance) == family)
          {
            g_string_append_printf (text, "%s%s (%u)", text->len ? ", " : "", esc_text_stance (stance), counts[stance]);
            representative = stance;
          }
      if (text->len == 0)
        continue;

      label = add_label (self, context, text->str, font * 0.85, FALSE, FALSE, 0, 0);
      if (x + font * 1.3 + label->box.width > self->width - pad && x > pad)
        {
          x = pad;
          y += row_h;
        }
      swatch = (EscRect) { x, y + (row_h - font) / 2 - font * 0.15, font, font };
      label->box.x = x + font * 1.3;
      label->box.y = y + (row_h - label->box.height) / 2 - font * 0.15;
      if (label->box.height > row_h)
        {
          /* Wrapped: start at the top of the row, and take the extra lines. */
          label->box.y = y;
          y += label->box.height - row_h + font * 0.2;
        }
      g_array_append_val (self->swatches, swatch);
      g_array_append_val (self->swatch_stances, representative);
      x = label->box.x + label->box.width + font;
    }

  x = pad;
  y += row_h + (organizations->len > 0 ? font * 0.3 : 0);
  for (guint i = 0; i < organizations->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (organizations, i);
      const char *name = esc_localized_text_get (esc_reaction_get_organization_name (reaction));
      g_autofree char *text = g_strdup_printf ("%s · %s", name, esc_text_stance (esc_reaction_get_stance (reaction)));
      Label *label = add_label (self, context, text, font * 0.85, TRUE, FALSE, 0, 0);
      Tile tile = { .stance = esc_reaction_get_stance (reaction),
                    .id = g_strdup (esc_reaction_get_organization_id (reaction)) };
      double w = label->box.width + font * 1.6;

      if (x + w > self->width - pad && x > pad)
        {
          x = pad;
          y += row_h * 1.3;
        }
      tile.box = (EscRect) { x, y, w, row_h * 1.15 };
      label->box.x = x + font * 0.8;
      label->box.y = y + (tile.box.height - label->box.height) / 2;
      g_array_append_val (self->tiles, tile);
      x += w + font * 0.6;
      if (i + 1 == organizations->len)
        y += tile.box.height;
    }
  return y + pad;
}

EscMapLayout *
esc_map_layout_new (EscElection         *election,
                    double               width,
                    double               height,
                    const EscChartStyle *style,
                    gboolean             whole_world)
{
  EscMapLayout *self = g_new0 (EscMapLayout, 1);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(GPtrArray) organizations = g_ptr_array_new ();
  g_autoptr(GHashTable) stances = NULL;
  EscGeoLayer *world = esc_geo_store_get_world ();
  double legend_top, legend_bottom;

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);

  pango_cairo_context_set_resolution (context, 96);
  self->election = g_object_ref (election);
  self->style = *style;
  self->width = width;
  self->height = height;
  self->font = style->font_size > 0 ? style->font_size * style->font_scale
                                    : CLAMP (width / 48.0, 11.0, 56.0) * style->font_scale;
  self->shapes = g_array_new (FALSE, TRUE, sizeof (Shape));
  g_array_set_clear_func (self->shapes, shape_clear);
  self->labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_array_set_clear_func (self->labels, label_clear);
  self->tiles = g_array_new (FALSE, TRUE, sizeof (Tile));
  g_array_set_clear_func (self->tiles, tile_clear);
  self->swatches = g_array_new (FALSE, FALSE, sizeof (EscRect));
  self->swatch_stances = g_array_new (FALSE, FALSE, sizeof (EscStance));

  stances = stances_by_country (election, organizations);
  for (guint i = 0; world != NULL && i < esc_geo_layer_get_n_features (world); i++)
    {
      const EscGeoFeature *country = esc_geo_layer_get_feature (world, i);
      Shape shape = { .country = country, .rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref) };
      gpointer stance;

      if (country->code != NULL && g_hash_table_lookup_extended (stances, country->code, NULL, &stance))
        {
          shape.reacted = TRUE;
          shape.stance = GPOINTER_TO_INT (stance);
        }
      shape.host = g_strcmp0 (country->code, esc_election_get_country (election)) == 0;
      g_array_append_val (self->shapes, shape);
    }

  /* Lay the legend out once to learn its height, then give the map the rest. */
  legend_bottom = place_legend (self, context, election, organizations, 0);
  legend_top = MAX (height * 0.4, height - legend_bottom);
  g_array_set_size (self->labels, 0);
  g_array_set_size (self->tiles, 0);
  g_array_set_size (self->swatches, 0);
  g_array_set_size (self->swatch_stances, 0);
  place_legend (self, context, election, organizations, legend_top);

  self->map = (EscRect) { 0, 0, width, legend_top };
  fit (self, stances, whole_world);
  project_shapes (self);
  g_object_unref (context);
  return self;
}

void
esc_map_layout_free (EscMapLayout *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->election);
  g_array_unref (self->shapes);
  g_array_unref (self->labels);
  g_array_unref (self->tiles);
  g_array_unref (self->swatches);
  g_array_unref (self->swatch_stances);
  g_free (self);
}

static void
shape_path (cairo_t     *cr,
            const Shape *shape)
{
  cairo_new_path (cr);
  esc_plane_rings_append (cr, shape->rings);
}

static void
set_rgb (cairo_t      *cr,
         const EscRgb *color,
         double        alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

static const Shape *
find_shape (EscMapLayout *self,
            const char   *alpha2)
{
  for (guint i = 0; alpha2 != NULL && i < self->shapes->len; i++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, i);

      if (g_strcmp0 (shape->country->code, alpha2) == 0)
        return shape;
    }
  return NULL;
}

/**
 * esc_map_layout_draw:
 * @selected: (nullable): the alpha-2 code or organization id to outline
 * @hovered: (nullable): the one under the pointer
 */
void
esc_map_layout_draw (EscMapLayout *self,
                     cairo_t      *cr,
                     const char   *selected,
                     const char   *hovered)
{
  const Shape *outline;

  g_return_if_fail (self != NULL && cr != NULL);

  cairo_save (cr);
  if (self->style.opaque)
    {
      set_rgb (cr, &self->style.background, 1);
      cairo_paint (cr);
    }

  cairo_save (cr);
  cairo_rectangle (cr, self->map.x, self->map.y, self->map.width, self->map.height);
  cairo_clip (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < self->shapes->len; i++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, i);
      EscRgb fill = esc_map_stance_color (self->style.palette, shape->stance);

      shape_path (cr, shape);
      if (shape->reacted)
        set_rgb (cr, &fill, 1);
      else
        set_rgb (cr, &self->style.foreground, 0.13);
      cairo_fill_preserve (cr);
      set_rgb (cr, &self->style.background, 0.9);
      cairo_set_line_width (cr, MAX (0.5, self->font * 0.05));
      cairo_stroke (cr);
    }

  /* The country that voted: outlined, hatched with the text colour. */
  if ((outline = find_shape (self, esc_election_get_country (self->election))) != NULL)
    {
      double dash = MAX (2, self->font * 0.25);

      shape_path (cr, outline);
      set_rgb (cr, &self->style.foreground, 0.35);
      cairo_fill_preserve (cr);
      set_rgb (cr, &self->style.foreground, 0.9);
      cairo_set_dash (cr, &dash, 1, 0);
      cairo_set_line_width (cr, MAX (1.2, self->font * 0.1));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if ((outline = find_shape (self, hovered)) != NULL)
    {
      shape_path (cr, outline);
      set_rgb (cr, &self->style.foreground, 0.7);
      cairo_set_line_width (cr, MAX (1.5, self->font * 0.12));
      cairo_stroke (cr);
    }
  if ((outline = find_shape (self, selected)) != NULL)
    {
      shape_path (cr, outline);
      set_rgb (cr, &self->style.accent, 1);
      cairo_set_line_width (cr, MAX (2.5, self->font * 0.2));
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  for (guint i = 0; i < self->swatches->len; i++)
    {
      EscRect *box = &g_array_index (self->swatches, EscRect, i);
      EscStance stance = g_array_index (self->swatch_stances, EscStance, i);
      EscRgb color = esc_map_stance_color (self->style.palette, stance);

      cairo_rectangle (cr, box->x, box->y, box->width, box->height);
      if (stance == HOST_SWATCH)
        {
          double dash = MAX (2, self->font * 0.25);

          set_rgb (cr, &self->style.foreground, 0.35);
          cairo_fill_preserve (cr);
          set_rgb (cr, &self->style.foreground, 0.9);
          cairo_set_dash (cr, &dash, 1, 0);
          cairo_set_line_width (cr, MAX (1.2, self->font * 0.1));
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        {
          set_rgb (cr, &color, 1);
          cairo_fill (cr);
        }
    }

  for (guint i = 0; i < self->tiles->len; i++)
    {
      Tile *tile = &g_array_index (self->tiles, Tile, i);
      EscRgb color = esc_map_stance_color (self->style.palette, tile->stance);

      cairo_rectangle (cr, tile->box.x, tile->box.y, tile->box.width, tile->box.height);
      set_rgb (cr, &color, 0.22);
      cairo_fill_preserve (cr);
      set_rgb (cr, g_strcmp0 (tile->id, selected) == 0 ? &self->style.accent : &color, 1);
      cairo_set_line_width (cr, g_strcmp0 (tile->id, selected) == 0 ? 2.5 : 1.5);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < self->labels->len; i++)
    {
      Label *label = &g_array_index (self->labels, Label, i);

      cairo_move_to (cr, label->box.x, label->box.y);
      set_rgb (cr, &self->style.foreground, label->dim ? 0.72 : 1);
      pango_cairo_show_layout (cr, label->layout);
    }
  cairo_restore (cr);
}

static gboolean
inside (const Shape *shape,
        double       x,
        double       y)
{
  return esc_plane_rings_contain (shape->rings, x, y);
}

/* The country (alpha-2) or organization (id) under @x, @y, or NULL. */
const char *
esc_map_layout_hit (EscMapLayout *self,
                    double        x,
                    double        y)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->tiles->len; i++)
    {
      Tile *tile = &g_array_index (self->tiles, Tile, i);

      if (x >= tile->box.x && x <= tile->box.x + tile->box.width && y >= tile->box.y && y <= tile->box.y + tile->box.height)
        return tile->id;
    }

  if (x < self->map.x || x > self->map.x + self->map.width || y < self->map.y || y > self->map.y + self->map.height)
    return NULL;

  for (guint i = 0; i < self->shapes->len; i++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, i);

      if (shape->country->code != NULL && inside (shape, x, y))
        return shape->country->code;
    }
  return NULL;
}

/* Where country (alpha-2) or organization (id) @id is drawn: its tile, or the part of
 * the country's outline that the map shows. */
gboolean
esc_map_layout_get_bounds (EscMapLayout *self,
                           const char   *id,
                           EscRect      *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  const Shape *shape;

  g_return_val_if_fail (self != NULL && bounds != NULL, FALSE);

  for (guint i = 0; id != NULL && i < self->tiles->len; i++)
    if (g_strcmp0 (g_array_index (self->tiles, Tile, i).id, id) == 0)
      {
        *bounds = g_array_index (self->tiles, Tile, i).box;
        return TRUE;
      }

  if ((shape = find_shape (self, id)) == NULL)
    return FALSE;
  for (guint r = 0; r < shape->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (shape->rings, r);
      const double *xy = (const double *) ring->data;

      for (guint p = 0; p < ring->len / 2; p++)
        {
          x0 = MIN (x0, xy[2 * p]), x1 = MAX (x1, xy[2 * p]);
          y0 = MIN (y0, xy[2 * p + 1]), y1 = MAX (y1, xy[2 * p + 1]);
        }
    }
  x0 = MAX (x0, self->map.x), y0 = MAX (y0, self->map.y);
  x1 = MIN (x1, self->map.x + self->map.width), y1 = MIN (y1, self->map.y + self->map.height);
  if (x1 <= x0 || y1 <= y0)
    return FALSE;
  *bounds = (EscRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

gboolean
esc_map_layout_project (EscMapLayout *self,
                        double        lon,
                        double        lat,
                        double       *x,
                        double       *y)
{
  g_return_val_if_fail (self != NULL, FALSE);

  project (self, lon, lat, x, y);
  return *x >= self->map.x && *x <= self->map.x + self->map.width
         && *y >= self->map.y && *y <= self->map.y + self->map.height;
}

GArray *
esc_map_layout_get_text_boxes (EscMapLayout *self)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (EscRect));

  for (guint i = 0; i < self->labels->len; i++)
    g_array_append_val (boxes, g_array_index (self->labels, Label, i).box);
  return boxes;
}

/* The map as a picture that stands on its own: title, map, legend, and the articles
 * the reactions come from. */
void
esc_map_render_card (EscElection         *election,
                     cairo_t             *cr,
                     double               width,
                     double               height,
                     const EscChartStyle *style)
{
  double font = CLAMP (width / 40.0, 12.0, 72.0) * style->font_scale, pad = font * 1.1;
  g_autoptr(PangoLayout) title = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string ("Cantarell, Sans Bold");
  g_autoptr(EscMapLayout) layout = NULL;
  EscChartStyle body = *style;
  int title_height;

  cairo_save (cr);
  cairo_set_source_rgb (cr, style->background.red, style->background.green, style->background.blue);
  cairo_paint (cr);

  pango_font_description_set_absolute_size (description, font * 1.45 * PANGO_SCALE);
  pango_layout_set_font_description (title, description);
  /* Translators: the title of the map of reactions. */
  pango_layout_set_text (title, _("International reactions"), -1);
  pango_layout_set_width (title, (int) ((width - 2 * pad) * PANGO_SCALE));
  pango_layout_get_pixel_size (title, NULL, &title_height);
  cairo_move_to (cr, pad, pad);
  cairo_set_source_rgb (cr, style->foreground.red, style->foreground.green, style->foreground.blue);
  pango_cairo_show_layout (cr, title);

  body.opaque = FALSE;
  body.font_size = font;
  layout = esc_map_layout_new (election, width, height - pad * 1.6 - title_height, &body, FALSE);
  cairo_translate (cr, 0, pad * 1.6 + title_height);
  esc_map_layout_draw (layout, cr, NULL, NULL);
  cairo_restore (cr);
}
