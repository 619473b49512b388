/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of regions laid out: the country's regions in an
 * azimuthal equal-area projection centred on it, each filled by who won it (pending
 * and disputed ones hatched, those without a result in a neutral tone), neighbours
 * faint around it, regions far from the rest (islands, overseas) in insets, regions too
 * small to see as a disc with their name, a legend, and the regions the map has no
 * shape for named under it. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "esc-chart-private.h"
#include "esc-chart-regions-private.h"
#include "esc-chart-text.h"
#include "esc-geo-store.h"

/* A region belongs to the main body when it lies within this share of its own size,
 * or of a body region's if that is smaller, of a region of the body: an island off
 * its coast. Alaska, beyond a breadth of Canada from Washington, goes to an inset. */
#define BODY_REACH 0.5

/* More regions than this far from the body, each too far from the next to join it
 * (atolls), draw as one map with no insets. */
#define MAX_INSETS 8

/* Projection state while laying out: lon/lat to plane, then plane to pixels. */
typedef struct {
  EscAzimuthal azimuthal;
  double scale;
  double offset_x;
  double offset_y;
} Frame;

static void
area_clear (gpointer data)
{
  g_clear_pointer (&((Area *) data)->rings, g_ptr_array_unref);
}

void
esc_regions_layout_free (EscRegionsLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->neighbours);
  g_array_unref (self->areas);
  g_array_unref (self->insets);
  g_array_unref (self->swatches);
  g_array_unref (self->missing);
  g_ptr_array_unref (self->outline);
  g_free (self->area_of_mark);
  g_free (self->missing_of_mark);
  g_free (self);
}

static EscRegionsLayout *
regions_layout_new (void)
{
  EscRegionsLayout *self = g_new0 (EscRegionsLayout, 1);

  self->neighbours = g_array_new (FALSE, TRUE, sizeof (Area));
  g_array_set_clear_func (self->neighbours, area_clear);
  self->areas = g_array_new (FALSE, TRUE, sizeof (Area));
  g_array_set_clear_func (self->areas, area_clear);
  self->insets = g_array_new (FALSE, FALSE, sizeof (Inset));
  self->swatches = g_array_new (FALSE, FALSE, sizeof (Swatch));
  self->missing = g_array_new (FALSE, FALSE, sizeof (Missing));
  self->outline = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return self;
}

static void
add_to_centre (const EscGeoFeature *feature,
               double              *x,
               double              *y,
               double              *z)
{
  for (guint r = 0; r < feature->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (feature->rings, r);

      for (guint p = 0; p < ring->len; p++)
        {
          EscLonLat *point = &g_array_index (ring, EscLonLat, p);
          double phi = point->lat * G_PI / 180, lambda = point->lon * G_PI / 180;

          *x += cos (phi) * cos (lambda), *y += cos (phi) * sin (lambda), *z += sin (phi);
        }
    }
}

/* ---- Which features are drawn, and how ---- */

typedef struct {
  GPtrArray *features;      /* EscGeoFeature: a region's own, or its parts */
  guint mark;               /* NO_MARK: no result */
  Box box;                  /* projected, in the plane */
  double area;              /* projected */
  gboolean in_body;
} Candidate;

static void
candidate_clear (gpointer data)
{
  g_clear_pointer (&((Candidate *) data)->features, g_ptr_array_unref);
}

/* The middle of the country (or of its main body), as the mean of its points on the
 * sphere: right for a country across the antimeridian (Russia, Fiji) too. */
static void
country_centre (GArray   *chosen,
                gboolean  body_only,
                double   *lon,
                double   *lat)
{
  double x = 0, y = 0, z = 0;

  for (guint i = 0; i < chosen->len; i++)
    {
      Candidate *candidate = &g_array_index (chosen, Candidate, i);

      for (guint f = 0; f < candidate->features->len && (candidate->in_body || !body_only); f++)
        add_to_centre (g_ptr_array_index (candidate->features, f), &x, &y, &z);
    }
  *lon = hypot (x, y) > 0 ? atan2 (y, x) * 180 / G_PI : 0;
  *lat = hypot (x, y) + fabs (z) > 0 ? atan2 (z, hypot (x, y)) * 180 / G_PI : 0;
}

/* The rings of a candidate's features near each one's largest. */
static GPtrArray *
candidate_rings (const EscAzimuthal *projection,
                 Candidate          *candidate,
                 Box                *bounds)
{
  GPtrArray *rings = g_ptr_array_new ();

  *bounds = EMPTY_BOX;
  for (guint f = 0; f < candidate->features->len; f++)
    {
      Box box;
      g_autoptr(GPtrArray) some = esc_core_rings (projection, g_ptr_array_index (candidate->features, f), &box);

      g_ptr_array_extend (rings, some, NULL, NULL);
      esc_box_union (bounds, &box);
    }
  return rings;
}

static gboolean
covered_by_result (const EscGeoFeature *feature,
                   GHashTable          *result_codes)
{
  return (feature->code != NULL && g_hash_table_contains (result_codes, feature->code))
         || (feature->parent != NULL && g_hash_table_contains (result_codes, feature->parent));
}

/* Every region with a result, and every other region of the country that is not part
 * of one (merged shapes are drawn only where an election names them). */
static GArray *
candidates (EscChart    *chart,
            EscGeoLayer *layer)
{
  GArray *chosen = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_autoptr(GHashTable) result_codes = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (chosen, candidate_clear);
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, m);
      EscRegion *region = g_ptr_array_index (mark->regions, 0);
      Candidate candidate = { .mark = m };

      /* The kind names under the map the regions without a shape, and a region whose
       * shape an earlier one took. */
      if (mark->detail[0] != '\0')
        continue;
      candidate.features = esc_chart_region_shapes (region, layer);
      g_hash_table_add (result_codes, (gpointer) esc_region_get_code (region));
      g_array_append_val (chosen, candidate);
    }
  for (guint i = 0; i < esc_geo_layer_get_n_features (layer); i++)
    {
      const EscGeoFeature *feature = esc_geo_layer_get_feature (layer, i);
      Candidate candidate = { .features = g_ptr_array_new (), .mark = NO_MARK };

      if (feature->merged || covered_by_result (feature, result_codes))
        {
          g_ptr_array_unref (candidate.features);
          continue;
        }
      g_ptr_array_add (candidate.features, (gpointer) feature);
      g_array_append_val (chosen, candidate);
    }
  return chosen;
}

static gboolean
near (const Candidate *a,
      const Candidate *b)
{
  return esc_box_near (&a->box, &b->box, MIN (esc_box_side (&a->box), esc_box_side (&b->box)) * BODY_REACH);
}

/* Numbers the groups of regions near one another, or near one near it, into @group;
 * returns how many there are. */
static guint
group_candidates (GArray *chosen,
                  guint  *group)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_groups = 0;

  for (guint i = 0; i < chosen->len; i++)
    group[i] = g_array_index (chosen, Candidate, i).box.x1 < g_array_index (chosen, Candidate, i).box.x0 ? NO_MARK : G_MAXUINT - 1;
  for (guint start = 0; start < chosen->len; start++)
    {
      if (group[start] != G_MAXUINT - 1)
        continue;
      group[start] = n_groups;
      g_array_set_size (queue, 0);
      g_array_append_val (queue, start);
      for (guint q = 0; q < queue->len; q++)
        {
          Candidate *member = &g_array_index (chosen, Candidate, g_array_index (queue, guint, q));

          for (guint i = 0; i < chosen->len; i++)
            if (group[i] == G_MAXUINT - 1 && near (member, &g_array_index (chosen, Candidate, i)))
              {
                group[i] = n_groups;
                g_array_append_val (queue, i);
              }
        }
      n_groups++;
    }
  return n_groups;
}

/* The main body: the group of regions near one another of the largest area (the 48
 * states, not Alaska, the largest state; not the Azores, which spread wider than the
 * mainland). What is left is far away: an inset if it has a result, else left out;
 * unless that would be many insets, as in a country of atolls, drawn whole instead. */
static Box
find_body (GArray *chosen)
{
  g_autofree guint *group = g_new (guint, chosen->len);
  g_autofree double *area = NULL;
  guint n_groups = group_candidates (chosen, group), largest = 0, far = 0;
  Box body = EMPTY_BOX;

  area = g_new0 (double, MAX (n_groups, 1));
  for (guint i = 0; i < chosen->len; i++)
    if (group[i] != NO_MARK)
      area[group[i]] += g_array_index (chosen, Candidate, i).area;
  for (guint g = 1; g < n_groups; g++)
    if (area[g] > area[largest])
      largest = g;
  for (guint i = 0; i < chosen->len; i++)
    {
      Candidate *candidate = &g_array_index (chosen, Candidate, i);

      candidate->in_body = group[i] == largest;
      far += !candidate->in_body && group[i] != NO_MARK && candidate->mark != NO_MARK;
    }
  for (guint i = 0; i < chosen->len; i++)
    {
      Candidate *candidate = &g_array_index (chosen, Candidate, i);

      candidate->in_body |= far > MAX_INSETS && group[i] != NO_MARK;
      if (candidate->in_body)
        esc_box_union (&body, &candidate->box);
    }
  return body;
}

static void
to_pixels (const Frame *frame,
           double       lon,
           double       lat,
           double      *x,
           double      *y)
{
  double px = 0, py = 0;

  esc_azimuthal_project (&frame->azimuthal, lon, lat, &px, &py);
  *x = frame->offset_x + px * frame->scale;
  *y = frame->offset_y - py * frame->scale;
}

static void
fit_frame (Frame         *frame,
           const Box     *box,
           const EscRect *rect)
{
  double w = MAX (box->x1 - box->x0, 1e-9), h = MAX (box->y1 - box->y0, 1e-9);

  frame->scale = MIN (rect->width / w, rect->height / h);
  frame->offset_x = rect->x + rect->width / 2 - (box->x0 + box->x1) / 2 * frame->scale;
  frame->offset_y = rect->y + rect->height / 2 + (box->y0 + box->y1) / 2 * frame->scale;
}

/* Projects @rings into a new area, with a point inside its largest ring. */
static Area
project_area (const Frame *frame,
              GPtrArray   *rings,
              guint        mark)
{
  Area area = { .mark = mark, .rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref) };
  Box all = EMPTY_BOX;
  double largest = -1, top = 0, bottom = 0;

  for (guint r = 0; r < rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (rings, r);
      GArray *projected = g_array_sized_new (FALSE, FALSE, sizeof (double), ring->len * 2);
      Box box = EMPTY_BOX;

      for (guint p = 0; p < ring->len; p++)
        {
          EscLonLat *point = &g_array_index (ring, EscLonLat, p);
          double xy[2];

          to_pixels (frame, point->lon, point->lat, &xy[0], &xy[1]);
          g_array_append_vals (projected, xy, 2);
          esc_box_add (&box, xy[0], xy[1]);
        }
      g_ptr_array_add (area.rings, projected);
      esc_box_union (&all, &box);
      if (esc_box_side (&box) > largest)
        {
          largest = esc_box_side (&box);
          area.label_x = (box.x0 + box.x1) / 2;
          area.label_y = (box.y0 + box.y1) / 2;
          top = box.y0, bottom = box.y1;
        }
    }
  area.bounds = all.x1 >= all.x0 ? (EscRect) { all.x0, all.y0, all.x1 - all.x0, all.y1 - all.y0 } : (EscRect) { 0 };
  esc_area_settle (&area, top, bottom);
  return area;
}

/* ---- Legend and the regions not on the map ---- */

/* The steps of the winners' shares, a swatch each, on a line of their own. */
static double
flow_scale (EscChartLayout *self,
            double          y)
{
  static const double steps[] = { 30, 40, 50, 60, 70 };
  double font = self->font, pad = font * 0.75, x = pad, row_h = font * 1.6;
  Text *text;

  /* Translators: before the scale of the map of regions: how strong a region's colour
   * is says how large a share of its vote its winner took. */
  text = esc_layout_add_text (self, _("Winner's share:"), font * 0.85, FALSE, TRUE, self->width - pad * 2, x, 0);
  text->box.y = y + (row_h - text->box.height) / 2;
  x += text->box.width + font * 0.6;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *number = esc_text_number (steps[i], ESC_UNIT_PERCENT, 0);
      Swatch swatch = { .mark = NO_MARK, .strength = esc_regions_share_strength (steps[i]) };

      text = esc_layout_add_text (self, number, font * 0.75, FALSE, FALSE, 0, 0, 0);
      if (x + font * 1.2 + text->box.width > self->width - pad && x > pad)
        x = pad, y += row_h;
      swatch.box = (EscRect) { x, y + (row_h - font) / 2, font, font };
      text->box.x = x + font * 1.2;
      text->box.y = y + (row_h - text->box.height) / 2;
      g_array_append_val (self->regions->swatches, swatch);
      x = text->box.x + text->box.width + font * 0.7;
    }
  return y + row_h;
}

/* Swatches and their words flow left to right from @y and wrap, then the scale where
 * regions carry their winners' shares; returns the bottom. */
static double
flow_legend (EscChartLayout *self,
             double          y)
{
  EscRegionsLayout *regions = self->regions;
  double font = self->font, pad = font * 0.75, x = pad, row_h = font * 1.6;
  guint n = esc_chart_get_n_legend_entries (self->chart);

  for (guint i = 0; i <= n; i++)
    {
      g_autofree char *words = NULL;
      Swatch swatch = { .mark = NO_MARK };
      Text *text;

      if (i < n)
        {
          const EscChartLegendEntry *entry = esc_chart_get_legend_entry (self->chart, i);

          /* Translators: a legend entry of the map of regions: "PSUV · 3 regions". */
          words = g_strdup_printf (_("%s · %s"), entry->label, entry->detail);
          swatch.mark = entry->mark;
        }
      else if (regions->neutral)
        words = g_strdup (_("No result"));
      else
        break;

      text = esc_layout_add_text (self, words, font * 0.85, FALSE, FALSE, self->width - pad * 2 - font * 1.3, 0, 0);
      if (x + font * 1.3 + text->box.width > self->width - pad && x > pad)
        x = pad, y += row_h;
      swatch.box = (EscRect) { x, y + (row_h - font) / 2, font, font };
      text->box.x = x + font * 1.3;
      text->box.y = y + (row_h - text->box.height) / 2;
      g_array_append_val (regions->swatches, swatch);
      x = text->box.x + text->box.width + font;
    }
  y += row_h;
  return regions->graduated ? flow_scale (self, y) : y;
}

/* The regions not on the map after the first ESC_CHART_NAMED_REGIONS: one "and N
 * more" after the names, which each of them points at. */
static void
flow_more (EscChartLayout *self,
           guint           first,
           double         *x,
           double         *y)
{
  EscRegionsLayout *regions = self->regions;
  double font = self->font, pad = font * 0.75, row_h = font * 1.5;
  g_autoptr(GString) words = g_string_new (NULL);
  Text *text;

  /* The same words as the reading's: " and N more", without the space. */
  esc_chart_append_more (words, regions->missing->len, first);
  text = esc_layout_add_text (self, words->str + 1, font * 0.85, FALSE, TRUE, self->width - pad * 2, *x, *y);

  if (*x + text->box.width > self->width - pad && *x > pad)
    {
      *x = pad, *y += row_h;
      text->box.x = *x, text->box.y = *y;
    }
  for (guint i = first; i < regions->missing->len; i++)
    g_array_index (regions->missing, Missing, i).box = (EscRect) { text->box.x - font * 0.25, text->box.y,
                                                                   text->box.width + font * 0.5, text->box.height };
}

/* "Not on the map:" and the names, each its own target, flowing and wrapping; past
 * ESC_CHART_NAMED_REGIONS of them, "and N more". */
static double
flow_missing (EscChartLayout *self,
              double          y)
{
  EscRegionsLayout *regions = self->regions;
  double font = self->font, pad = font * 0.75, x = pad, row_h = font * 1.5;
  double max_width = self->width - pad * 2;

  for (guint m = 0; m < esc_chart_get_n_marks (self->chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (self->chart, m);
      Missing missing = { .mark = m };
      Text *text;

      if (mark->detail[0] == '\0')
        continue;
      g_array_append_val (regions->missing, missing);
      if (regions->missing->len > ESC_CHART_NAMED_REGIONS)
        continue;
      if (regions->missing->len == 1)
        {
          /* Translators: before the names of the regions the map has no shape for. */
          text = esc_layout_add_text (self, _("Not on the map:"), font * 0.85, TRUE, TRUE, max_width, x, y);
          x += text->box.width + font * 0.5;
        }
      text = esc_layout_add_text (self, mark->label, font * 0.85, FALSE, FALSE, max_width, x, y);
      if (x + text->box.width > self->width - pad && x > pad)
        {
          x = pad, y += row_h;
          text->box.x = x, text->box.y = y;
        }
      g_array_index (regions->missing, Missing, regions->missing->len - 1).box =
        (EscRect) { text->box.x - font * 0.25, text->box.y, text->box.width + font * 0.5, text->box.height };
      x += text->box.width + font * 0.8;
    }
  if (regions->missing->len > ESC_CHART_NAMED_REGIONS)
    flow_more (self, ESC_CHART_NAMED_REGIONS, &x, &y);
  return regions->missing->len > 0 ? y + row_h : y;
}

/* ---- The map itself ---- */

static void
add_neighbours (EscChartLayout *self,
                const Frame    *frame,
                const char     *country)
{
  EscGeoLayer *world = esc_geo_store_get_world ();

  for (guint i = 0; world != NULL && i < esc_geo_layer_get_n_features (world); i++)
    {
      const EscGeoFeature *feature = esc_geo_layer_get_feature (world, i);
      double x, y;
      Area area;

      if (g_strcmp0 (feature->code, country) == 0)
        continue;
      /* Only what faces the country: the far side of the globe folds over the edge. */
      if (!esc_azimuthal_project (&frame->azimuthal, (feature->west + feature->east) / 2,
                                  (feature->south + feature->north) / 2, &x, &y)
          || hypot (x, y) > 1.2)
        continue;
      area = project_area (frame, feature->rings, NO_MARK);
      if (area.bounds.x > self->regions->map.x + self->regions->map.width || area.bounds.x + area.bounds.width < 0
          || area.bounds.y > self->regions->map.y + self->regions->map.height || area.bounds.y + area.bounds.height < 0)
        {
          area_clear (&area);
          continue;
        }
      g_array_append_val (self->regions->neighbours, area);
    }
}

/* Where the insets go: @n boxes of @side in rows of @columns up from the map's lower
 * left corner. */
typedef struct {
  guint n;
  guint columns;
  double side;
  double gap;
} InsetGrid;

/* The boxes as large as lets them fit in rows along the bottom of the map, up to its
 * lower half; boxes too small for a name may fill it all. None is ever left out. */
static InsetGrid
inset_grid (EscChartLayout *self,
            GArray         *chosen)
{
  const EscRect *map = &self->regions->map;
  InsetGrid grid = { .gap = MIN (self->font * 0.5, MIN (map->width, map->height) / 36) };

  for (guint i = 0; i < chosen->len; i++)
    grid.n += !g_array_index (chosen, Candidate, i).in_body && g_array_index (chosen, Candidate, i).mark != NO_MARK;
  for (grid.side = MIN (map->width, map->height) / 4.5; grid.n > 0; grid.side *= 0.9)
    {
      double height = grid.side >= self->font * 3 ? map->height / 2 : map->height;
      double rows = floor ((height - grid.gap) / (grid.side + grid.gap));
      double columns = floor ((map->width - grid.gap) / (grid.side + grid.gap));

      grid.columns = columns >= 1 && isfinite (columns) ? (guint) MIN (columns, grid.n) : 1;
      if (MAX (rows, 1) * grid.columns >= grid.n || !(grid.side >= 2))
        break;
    }
  return grid;
}

/* The box of the @k-th inset. */
static EscRect
inset_box (const EscRect   *map,
           const InsetGrid *grid,
           guint            k)
{
  return (EscRect) { map->x + grid->gap + (k % grid->columns) * (grid->side + grid->gap),
                     map->y + map->height - (k / grid->columns + 1) * (grid->side + grid->gap),
                     grid->side, grid->side };
}

/* The corner all the insets take together. */
static EscRect
inset_corner (const EscRect   *map,
              const InsetGrid *grid)
{
  guint rows = (grid->n + grid->columns - 1) / grid->columns;
  double step = grid->side + grid->gap;

  return (EscRect) { map->x, map->y + map->height - rows * step - grid->gap,
                     MIN (grid->n, grid->columns) * step + grid->gap, rows * step + grid->gap };
}

static gboolean
rects_meet (const EscRect *a,
            const EscRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Fits the body to @rect, then, where a region of it would lie under the insets'
 * corner, to the room above the corner or beside it, whichever draws it larger. */
static void
fit_body (Frame           *frame,
          GArray          *chosen,
          const Box       *body,
          const EscRect   *rect,
          const EscRect   *map,
          const InsetGrid *grid)
{
  EscRect corner, above, beside;
  Frame a = *frame, b = *frame;
  gboolean meets = FALSE;

  fit_frame (frame, body, rect);
  if (grid->n == 0)
    return;
  corner = inset_corner (map, grid);
  for (guint i = 0; i < chosen->len && !meets; i++)
    {
      Candidate *candidate = &g_array_index (chosen, Candidate, i);
      EscRect box = { frame->offset_x + candidate->box.x0 * frame->scale, frame->offset_y - candidate->box.y1 * frame->scale,
                      (candidate->box.x1 - candidate->box.x0) * frame->scale, (candidate->box.y1 - candidate->box.y0) * frame->scale };

      meets = candidate->in_body && rects_meet (&box, &corner);
    }
  if (!meets)
    return;
  above = (EscRect) { rect->x, rect->y, rect->width, MAX (corner.y - rect->y, 1) };
  beside = (EscRect) { corner.x + corner.width, rect->y, MAX (rect->x + rect->width - corner.x - corner.width, 1), rect->height };
  fit_frame (&a, body, &above);
  fit_frame (&b, body, &beside);
  *frame = a.scale >= b.scale ? a : b;
}

/* The inset's name along its top, where the box is wide enough for it; returns the
 * height it takes. */
static double
label_inset (EscChartLayout *self,
             const EscRect  *box,
             guint           mark,
             double          gap)
{
  const char *name = esc_chart_get_mark (self->chart, mark)->label;
  double size = self->font * 0.7;
  Text *text;

  if (box->height < size * 3.5)
    return 0;
  text = esc_layout_add_text (self, name, size, FALSE, FALSE, 0, box->x + gap, box->y + gap / 2);
  if (text->box.width <= box->width - gap * 2)
    return text->box.height;
  g_array_remove_index (self->texts, self->texts->len - 1);
  return 0;
}

/* Regions far from the rest, each in a box of its own, in rows up from the map's
 * lower left corner. */
static void
add_insets (EscChartLayout  *self,
            GArray          *chosen,
            const Frame     *main_frame,
            const InsetGrid *grid)
{
  EscRegionsLayout *regions = self->regions;

  for (guint i = 0, k = 0; i < chosen->len; i++)
    {
      Candidate *candidate = &g_array_index (chosen, Candidate, i);
      Inset inset = { .mark = candidate->mark };
      g_autoptr(GPtrArray) rings = NULL;
      Frame frame = *main_frame;
      double label_h, gap = grid->gap;
      EscRect inner;
      Box box;
      Area area;

      if (candidate->in_body || candidate->mark == NO_MARK)
        continue;
      inset.box = inset_box (&regions->map, grid, k++);
      label_h = label_inset (self, &inset.box, candidate->mark, gap);
      inner = (EscRect) { inset.box.x + gap, inset.box.y + gap + label_h,
                          MAX (inset.box.width - 2 * gap, 1), MAX (inset.box.height - 2 * gap - label_h, 1) };
      rings = candidate_rings (&frame.azimuthal, candidate, &box);
      fit_frame (&frame, &box, &inner);
      area = project_area (&frame, rings, candidate->mark);
      area.inset = TRUE;
      g_array_append_val (regions->areas, area);
      g_array_append_val (regions->insets, inset);
    }
}

static void
add_body (EscChartLayout *self,
          GArray         *chosen,
          const Frame    *frame)
{
  EscRegionsLayout *regions = self->regions;

  /* Regions without a result first, so those with one are drawn and hit on top. */
  for (int with_result = 0; with_result < 2; with_result++)
    for (guint i = 0; i < chosen->len; i++)
      {
        Candidate *candidate = &g_array_index (chosen, Candidate, i);
        g_autoptr(GPtrArray) rings = NULL;
        Box unused;
        Area area;

        if (!candidate->in_body || (candidate->mark != NO_MARK) != with_result)
          continue;
        rings = candidate_rings (&frame->azimuthal, candidate, &unused);
        area = project_area (frame, rings, candidate->mark);
        area.small = area.mark != NO_MARK && (MAX (area.bounds.width, area.bounds.height) < MAX (8, self->font * 0.4)
                                              || area.thickness < 5);
        g_array_append_val (regions->areas, area);
      }
}

static gboolean
overlaps_text (EscChartLayout *self,
               const EscRect  *box)
{
  for (guint i = 0; i < self->texts->len; i++)
    if (rects_meet (box, &g_array_index (self->texts, Text, i).box))
      return TRUE;
  return FALSE;
}

static gboolean
disc_free (EscRegionsLayout *regions,
           guint             placed,
           double            x,
           double            y)
{
  const EscRect *map = &regions->map;

  if (x - regions->disc < map->x || x + regions->disc > map->x + map->width
      || y - regions->disc < map->y || y + regions->disc > map->y + map->height)
    return FALSE;
  for (guint i = 0; i < regions->insets->len; i++)
    {
      const EscRect *box = &g_array_index (regions->insets, Inset, i).box;
      EscRect disc = { x - regions->disc, y - regions->disc, regions->disc * 2, regions->disc * 2 };

      /* An inset's box is its region's. */
      if (rects_meet (&disc, box))
        return FALSE;
    }
  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *other = &g_array_index (regions->areas, Area, i);

      /* Apart by more than their hit areas: each stays its own target; and off the
       * middle of a neighbour that is only just large enough to be drawn. */
      if (i < placed && other->small && hypot (x - other->disc_x, y - other->disc_y) < regions->disc * 3.2)
        return FALSE;
      if (!other->small && other->mark != NO_MARK && hypot (x - other->label_x, y - other->label_y) < regions->disc * 2)
        return FALSE;
    }
  return TRUE;
}

/* Each small region's disc goes on it, or, where another's is there already (the
 * Capital District beside La Guaira), the nearest free place around it, with a line
 * back: a callout. */
static void
place_discs (EscRegionsLayout *regions)
{
  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);

      if (!area->small)
        continue;
      area->disc_x = area->label_x, area->disc_y = area->label_y;
      for (int ring = 1; ring <= 4 && !disc_free (regions, i, area->disc_x, area->disc_y); ring++)
        for (int step = 0; step < 8; step++)
          {
            double angle = G_PI / 2 + step * G_PI / 4, reach = ring * regions->disc * 3.4;
            double x = area->label_x + reach * cos (angle), y = area->label_y - reach * sin (angle);

            area->disc_x = x, area->disc_y = y;
            if (disc_free (regions, i, x, y))
              break;
          }
    }
}

/* Whether @box hides where another region is clicked: its middle, its disc, or its
 * inset. */
static gboolean
covers_a_region (EscRegionsLayout *regions,
                 const EscRect    *box)
{
  for (guint i = 0; i < regions->insets->len; i++)
    if (rects_meet (box, &g_array_index (regions->insets, Inset, i).box))
      return TRUE;
  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);
      double x = area->small ? area->disc_x : area->label_x, y = area->small ? area->disc_y : area->label_y;
      double margin = area->small ? regions->disc * 1.5 : 2;

      if (area->mark != NO_MARK && x + margin >= box->x && x - margin <= box->x + box->width
          && y + margin >= box->y && y - margin <= box->y + box->height)
        return TRUE;
    }
  return FALSE;
}

/* A region too small to see gets a disc, and its name beside it where there is room. */
static void
label_small_regions (EscChartLayout *self)
{
  EscRegionsLayout *regions = self->regions;

  regions->disc = self->font * 0.45;
  place_discs (regions);
  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);
      const EscChartMark *mark;
      Text *text;
      EscRect box;

      if (!area->small)
        continue;
      mark = esc_chart_get_mark (self->chart, area->mark);
      text = esc_layout_add_text (self, mark->label, self->font * 0.75, FALSE, FALSE, 0,
                                  area->disc_x + regions->disc * 1.6, 0);
      text->box.y = area->disc_y - text->box.height / 2;
      box = text->box;
      if (box.x + box.width > regions->map.x + regions->map.width)
        box.x = text->box.x = area->disc_x - regions->disc * 1.6 - box.width;
      /* Only where it hides nothing: the name is in the tooltip and the legend anyway. */
      g_array_remove_index (self->texts, self->texts->len - 1);
      if (box.x >= regions->map.x && !overlaps_text (self, &box) && !covers_a_region (regions, &box))
        esc_layout_add_text (self, mark->label, self->font * 0.75, FALSE, FALSE, 0, box.x, box.y);
    }
}

/* Where each mark is drawn, for looking it up as the pointer and the focus move. */
static void
index_marks (EscChartLayout *self)
{
  EscRegionsLayout *regions = self->regions;
  guint n = esc_chart_get_n_marks (self->chart);

  regions->area_of_mark = g_new (guint, n);
  regions->missing_of_mark = g_new (guint, n);
  regions->n_marks = n;
  memset (regions->area_of_mark, 0xff, n * sizeof (guint));
  memset (regions->missing_of_mark, 0xff, n * sizeof (guint));
  for (guint i = regions->areas->len; i-- > 0;)
    {
      Area *area = &g_array_index (regions->areas, Area, i);

      if (area->mark != NO_MARK)
        regions->area_of_mark[area->mark] = i;
    }
  for (guint i = 0; i < regions->missing->len; i++)
    regions->missing_of_mark[g_array_index (regions->missing, Missing, i).mark] = i;
}

/* Centres the projection on everything, finds the main body, then centres on the
 * body alone; returns the body, in the plane. */
static Box
project_candidates (GArray *chosen,
                    Frame  *frame)
{
  double lon, lat;
  Box body = EMPTY_BOX;

  country_centre (chosen, FALSE, &lon, &lat);
  for (int pass = 0; pass < 2; pass++)
    {
      esc_azimuthal_init (&frame->azimuthal, lon, lat);
      for (guint i = 0; i < chosen->len; i++)
        {
          Candidate *candidate = &g_array_index (chosen, Candidate, i);
          g_autoptr(GPtrArray) rings = candidate_rings (&frame->azimuthal, candidate, &candidate->box);

          candidate->area = esc_rings_area (&frame->azimuthal, rings);
          candidate->in_body = FALSE;
        }
      body = find_body (chosen);
      country_centre (chosen, TRUE, &lon, &lat);
    }
  return body;
}

/* Lays out the map of regions; sets needed_height. */
void
esc_layout_regions (EscChartLayout *self)
{
  EscElection *election = esc_chart_get_election (self->chart);
  EscGeoLayer *layer = esc_geo_store_get_regions (esc_election_get_country (election));
  g_autoptr(GArray) chosen = NULL;
  double font = self->font, legend_h, missing_h, map_h;
  Frame frame = { 0 };
  Box body = EMPTY_BOX;

  self->regions = regions_layout_new ();
  if (layer == NULL)
    return;
  chosen = candidates (self->chart, layer);
  if (chosen->len > 0)
    body = project_candidates (chosen, &frame);
  /* The legend says "No result" only where the map shows a region without one. */
  for (guint i = 0; i < chosen->len; i++)
    self->regions->neutral |= g_array_index (chosen, Candidate, i).mark == NO_MARK
                              && g_array_index (chosen, Candidate, i).in_body;
  for (guint m = 0; m < esc_chart_get_n_marks (self->chart); m++)
    self->regions->graduated |= esc_regions_strength (self->chart, m) < 1;

  /* The legend and the missing names, laid out once from 0 to learn their height. */
  legend_h = flow_legend (self, 0);
  missing_h = flow_missing (self, legend_h) - legend_h;
  g_array_set_size (self->texts, 0);
  g_array_set_size (self->regions->swatches, 0);
  g_array_set_size (self->regions->missing, 0);

  /* As tall as the country's shape asks at this width, within reason. */
  map_h = isinf (self->height) || self->height >= G_MAXDOUBLE / 2
          ? CLAMP (self->width * (body.y1 - body.y0) / MAX (body.x1 - body.x0, 1e-9), font * 12,
                   MAX (font * 12, MIN (self->width * 1.1, font * 48)))
          : MAX (self->height - legend_h - missing_h, font * 6);
  self->regions->map = (EscRect) { 0, 0, self->width, map_h };
  if (chosen->len > 0)
    {
      InsetGrid grid = inset_grid (self, chosen);

      fit_body (&frame, chosen, &body, &(EscRect) { font * 0.5, font * 0.5, self->width - font, map_h - font },
                &self->regions->map, &grid);
      add_neighbours (self, &frame, esc_election_get_country (election));
      add_body (self, chosen, &frame);
      add_insets (self, chosen, &frame, &grid);
      esc_regions_find_outline (self->regions);
    }
  flow_legend (self, map_h);
  flow_missing (self, map_h + legend_h);
  label_small_regions (self);
  index_marks (self);
  self->needed_height = map_h + legend_h + missing_h;
}
