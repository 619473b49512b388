/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of regions painted on any cairo_t, and pointed at: which region is under a
 * point, and where each is. */
#include "config.h"

#include <math.h>

#include "esc-chart-private.h"
#include "esc-chart-regions-private.h"
#include "esc-plane-rings.h"
#include "esc-region.h"

static void
append_area (cairo_t    *cr,
             const Area *area)
{
  esc_plane_rings_append (cr, area->rings);
}

static void
area_path (cairo_t    *cr,
           const Area *area)
{
  cairo_new_path (cr);
  append_area (cr, area);
}

static void
set_rgb (cairo_t      *cr,
         const EscRgb *color,
         double        alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

/* Diagonal lines over the current path: pending one way, disputed both ways, so they
 * read apart in grey print too. */
static void
hatch (EscChartLayout *self,
       cairo_t        *cr,
       const EscRect  *bounds,
       EscMarkStyle    style)
{
  double step = MAX (self->font * 0.45, 4), span = bounds->width + bounds->height;
  cairo_path_t *path = cairo_copy_path (cr);

  cairo_save (cr);
  cairo_clip (cr);
  cairo_set_line_width (cr, MAX (1, self->font * 0.09));
  set_rgb (cr, &self->style.foreground, 0.6);
  for (double d = -span; d <= span; d += step)
    {
      cairo_move_to (cr, bounds->x + d, bounds->y);
      cairo_line_to (cr, bounds->x + d + bounds->height, bounds->y + bounds->height);
      if (style == ESC_MARK_IN_DOUBT)
        {
          cairo_move_to (cr, bounds->x + d + bounds->height, bounds->y);
          cairo_line_to (cr, bounds->x + d, bounds->y + bounds->height);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  /* The clip took the shape's path; its border is drawn next. */
  cairo_new_path (cr);
  cairo_append_path (cr, path);
  cairo_path_destroy (path);
}

/* How strongly a winner's colour fills a region, by its share of the vote: faint at
 * 30 % and below, full at 70 % and above. */
double
esc_regions_share_strength (double share)
{
  return 0.25 + 0.75 * CLAMP ((share - 30) / 40, 0, 1);
}

/* Full, unless the dataset gives the winner's share. */
double
esc_regions_strength (EscChart *chart,
                      guint     mark_index)
{
  const EscChartMark *mark = esc_chart_get_mark (chart, mark_index);
  double share;

  if (mark->style != ESC_MARK_SOLID || mark->regions->len == 0
      || !esc_region_get_share (g_ptr_array_index (mark->regions, 0), &share, NULL))
    return 1;
  return esc_regions_share_strength (share);
}

/* How a mark's region is filled, into the current path, which it keeps; @graduated
 * by its winner's share, where known (a legend's swatch is not). */
static void
fill_as (EscChartLayout *self,
         cairo_t        *cr,
         guint           mark_index,
         const EscRect  *bounds,
         gboolean        graduated)
{
  const EscChartMark *mark;
  EscRgb color;

  if (mark_index == NO_MARK)
    {
      set_rgb (cr, &self->style.foreground, 0.16);
      cairo_fill_preserve (cr);
      return;
    }
  mark = esc_chart_get_mark (self->chart, mark_index);
  if (mark->style == ESC_MARK_SOLID)
    {
      color = esc_layout_mark_color (self, mark);
      set_rgb (cr, &color, graduated ? esc_regions_strength (self->chart, mark_index) : 1);
      cairo_fill_preserve (cr);
      return;
    }
  set_rgb (cr, &self->style.foreground, 0.08);
  cairo_fill_preserve (cr);
  hatch (self, cr, bounds, mark->style);
}

static void
draw_outline (EscChartLayout *self,
              cairo_t        *cr,
              const Area     *area,
              gboolean        focused)
{
  if (area->small)
    {
      cairo_new_path (cr);
      cairo_arc (cr, area->disc_x, area->disc_y, self->regions->disc * 1.5, 0, 2 * G_PI);
    }
  else
    area_path (cr, area);
  cairo_set_line_width (cr, focused ? 3 : 2);
  set_rgb (cr, focused ? &self->style.accent : &self->style.foreground, focused ? 1 : 0.6);
  cairo_stroke (cr);
}

static void
draw_outline_edges (EscChartLayout *self,
                    cairo_t        *cr)
{
  cairo_new_path (cr);
  for (guint i = 0; i < self->regions->outline->len; i++)
    {
      GArray *run = g_ptr_array_index (self->regions->outline, i);
      const double *xy = (const double *) run->data;

      cairo_move_to (cr, xy[0], xy[1]);
      for (guint p = 1; p < run->len / 2; p++)
        cairo_line_to (cr, xy[2 * p], xy[2 * p + 1]);
    }
  cairo_set_line_width (cr, MAX (1.5, self->font * 0.1));
  set_rgb (cr, &self->style.foreground, 0.6);
  cairo_stroke (cr);
}

static void
draw_areas (EscChartLayout *self,
            cairo_t        *cr,
            GArray         *areas,
            gboolean        neighbours)
{
  double border = MAX (0.6, self->font * 0.05);

  for (guint i = 0; i < areas->len; i++)
    {
      Area *area = &g_array_index (areas, Area, i);

      area_path (cr, area);
      if (neighbours)
        set_rgb (cr, &self->style.foreground, 0.04), cairo_fill_preserve (cr);
      else
        fill_as (self, cr, area->mark, &area->bounds, TRUE);
      /* Borders in the background's colour: regions read apart in any fill. */
      cairo_set_line_width (cr, border);
      if (neighbours)
        set_rgb (cr, &self->style.foreground, 0.15);
      else
        set_rgb (cr, self->style.opaque ? &self->style.background : &self->style.foreground, self->style.opaque ? 1 : 0.35);
      cairo_stroke (cr);
    }
}

static void
draw_discs (EscChartLayout *self,
            cairo_t        *cr)
{
  EscRegionsLayout *regions = self->regions;

  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);
      EscRect box = { area->disc_x - regions->disc, area->disc_y - regions->disc, regions->disc * 2, regions->disc * 2 };

      if (!area->small)
        continue;
      if (area->disc_x != area->label_x || area->disc_y != area->label_y)
        {
          /* The callout's line, from where the region is. */
          cairo_new_path (cr);
          cairo_arc (cr, area->label_x, area->label_y, MAX (1.5, regions->disc * 0.25), 0, 2 * G_PI);
          set_rgb (cr, &self->style.foreground, 0.8);
          cairo_fill (cr);
          cairo_move_to (cr, area->label_x, area->label_y);
          cairo_line_to (cr, area->disc_x, area->disc_y);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
      cairo_new_path (cr);
      cairo_arc (cr, area->disc_x, area->disc_y, regions->disc, 0, 2 * G_PI);
      fill_as (self, cr, area->mark, &box, TRUE);
      cairo_set_line_width (cr, MAX (1, self->font * 0.08));
      set_rgb (cr, &self->style.foreground, 0.8);
      cairo_stroke (cr);
    }
}

static void
draw_swatches (EscChartLayout *self,
               cairo_t        *cr)
{
  for (guint i = 0; i < self->regions->swatches->len; i++)
    {
      Swatch *swatch = &g_array_index (self->regions->swatches, Swatch, i);

      cairo_new_path (cr);
      cairo_rectangle (cr, swatch->box.x, swatch->box.y, swatch->box.width, swatch->box.height);
      if (swatch->strength > 0)
        {
          set_rgb (cr, &self->style.foreground, swatch->strength);
          cairo_fill_preserve (cr);
        }
      else
        fill_as (self, cr, swatch->mark, &swatch->box, FALSE);
      cairo_set_line_width (cr, 1);
      set_rgb (cr, &self->style.foreground, 0.4);
      cairo_stroke (cr);
    }
}

static const Area *
area_of_mark (EscRegionsLayout *regions,
              int               mark)
{
  if (mark < 0 || (guint) mark >= regions->n_marks || regions->area_of_mark[mark] == NO_MARK)
    return NULL;
  return &g_array_index (regions->areas, Area, regions->area_of_mark[mark]);
}

static const Missing *
missing_of_mark (EscRegionsLayout *regions,
                 int               mark)
{
  if (mark < 0 || (guint) mark >= regions->n_marks || regions->missing_of_mark[mark] == NO_MARK)
    return NULL;
  return &g_array_index (regions->missing, Missing, regions->missing_of_mark[mark]);
}

static void
draw_highlight (EscChartLayout *self,
                cairo_t        *cr,
                int             mark,
                gboolean        focused)
{
  const Area *area = area_of_mark (self->regions, mark);
  const Missing *missing = missing_of_mark (self->regions, mark);

  if (area != NULL)
    draw_outline (self, cr, area, focused);
  else if (missing != NULL)
    {
      cairo_new_path (cr);
      cairo_rectangle (cr, missing->box.x, missing->box.y, missing->box.width, missing->box.height);
      cairo_set_line_width (cr, 2);
      set_rgb (cr, focused ? &self->style.accent : &self->style.foreground, focused ? 1 : 0.3);
      cairo_stroke (cr);
    }
}

void
esc_draw_regions (EscChartLayout *self,
                  cairo_t        *cr,
                  int             focused,
                  int             hovered)
{
  EscRegionsLayout *regions = self->regions;

  cairo_save (cr);
  cairo_rectangle (cr, regions->map.x, regions->map.y, regions->map.width, regions->map.height);
  cairo_clip (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* A lake inside a region is a hole in it. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  draw_areas (self, cr, regions->neighbours, TRUE);
  for (guint i = 0; i < regions->insets->len; i++)
    {
      EscRect *rect = &g_array_index (regions->insets, Inset, i).box;

      /* Over the neighbours: the inset is somewhere else. */
      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
      set_rgb (cr, &self->style.background, 1);
      cairo_fill_preserve (cr);
      set_rgb (cr, &self->style.foreground, 0.04);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1);
      set_rgb (cr, &self->style.foreground, 0.4);
      cairo_stroke (cr);
    }
  draw_areas (self, cr, regions->areas, FALSE);
  draw_outline_edges (self, cr);
  draw_discs (self, cr);
  cairo_restore (cr);

  draw_swatches (self, cr);
  if (hovered != focused)
    draw_highlight (self, cr, hovered, FALSE);
  draw_highlight (self, cr, focused, TRUE);
}

/* ---- Pointing ---- */

static gboolean
inside (const Area *area,
        double      x,
        double      y)
{
  /* The bounds first: most regions are far from the pointer. */
  if (x < area->bounds.x || x > area->bounds.x + area->bounds.width
      || y < area->bounds.y || y > area->bounds.y + area->bounds.height)
    return FALSE;
  return esc_plane_rings_contain (area->rings, x, y);
}

/* The region at @x, @y: a disc, then a shape, then an inset's box, then a name under
 * the map; failing those, a region within reach, so that a small one never needs a steady hand. */
int
esc_regions_hit (EscChartLayout *self,
                 double          x,
                 double          y)
{
  EscRegionsLayout *regions = self->regions;
  double reach = self->font * 0.6, best = G_MAXDOUBLE;
  int nearest = -1;

  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);

      if (area->mark != NO_MARK && area->small && hypot (x - area->disc_x, y - area->disc_y) <= regions->disc * 1.5)
        return area->mark;
    }
  for (guint i = regions->areas->len; i-- > 0;)
    {
      Area *area = &g_array_index (regions->areas, Area, i);

      if (area->mark != NO_MARK && inside (area, x, y))
        return area->mark;
    }
  for (guint i = 0; i < regions->insets->len; i++)
    {
      Inset *inset = &g_array_index (regions->insets, Inset, i);

      if (x >= inset->box.x && x <= inset->box.x + inset->box.width
          && y >= inset->box.y && y <= inset->box.y + inset->box.height)
        return inset->mark;
    }
  for (guint i = 0; i < regions->missing->len; i++)
    {
      Missing *missing = &g_array_index (regions->missing, Missing, i);

      if (x >= missing->box.x && x <= missing->box.x + missing->box.width
          && y >= missing->box.y && y <= missing->box.y + missing->box.height)
        return missing->mark;
    }
  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);
      double dx = MAX (0, MAX (area->bounds.x - x, x - area->bounds.x - area->bounds.width));
      double dy = MAX (0, MAX (area->bounds.y - y, y - area->bounds.y - area->bounds.height));
      double distance = hypot (dx, dy);

      if (area->mark != NO_MARK && distance <= reach && distance < best)
        best = distance, nearest = (int) area->mark;
    }
  return nearest;
}

gboolean
esc_regions_mark_bounds (EscChartLayout *self,
                         guint           mark,
                         EscRect        *bounds)
{
  const Area *area = area_of_mark (self->regions, (int) mark);
  const Missing *missing = missing_of_mark (self->regions, (int) mark);
  double disc = self->regions->disc * 1.5;

  for (guint i = 0; area != NULL && area->inset && i < self->regions->insets->len; i++)
    if (g_array_index (self->regions->insets, Inset, i).mark == mark)
      {
        /* The whole box points at it. */
        *bounds = g_array_index (self->regions->insets, Inset, i).box;
        return TRUE;
      }
  if (area != NULL && area->small)
    *bounds = (EscRect) { area->disc_x - disc, area->disc_y - disc, disc * 2, disc * 2 };
  else if (area != NULL)
    *bounds = area->bounds;
  else if (missing != NULL)
    *bounds = missing->box;
  else
    return FALSE;
  return TRUE;
}

/* For the tests: where mark @mark's region is drawn, as a point inside it. */
gboolean
esc_chart_layout_get_region_point (EscChartLayout *layout,
                                   guint           mark,
                                   double         *x,
                                   double         *y,
                                   gboolean       *small)
{
  const Area *area;

  g_return_val_if_fail (layout != NULL, FALSE);
  if (layout->regions == NULL || (area = area_of_mark (layout->regions, (int) mark)) == NULL)
    return FALSE;
  *x = area->small ? area->disc_x : area->label_x;
  *y = (area->small ? area->disc_y : area->label_y) + layout->offset_y;
  *small = area->small;
  return TRUE;
}

/* For the tests: how many times mark @mark's region is drawn, as a shape, a disc or a
 * name under the map (once, always), and whether in an inset. */
guint
esc_chart_layout_count_region_draws (EscChartLayout *layout,
                                     guint           mark,
                                     gboolean       *inset)
{
  EscRegionsLayout *regions;
  guint count = 0;

  g_return_val_if_fail (layout != NULL, 0);
  if ((regions = layout->regions) == NULL)
    return 0;
  *inset = FALSE;
  for (guint i = 0; i < regions->areas->len; i++)
    if (g_array_index (regions->areas, Area, i).mark == mark)
      count++, *inset |= g_array_index (regions->areas, Area, i).inset;
  for (guint i = 0; i < regions->missing->len; i++)
    count += g_array_index (regions->missing, Missing, i).mark == mark;
  return count;
}
