/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of regions' geometry in the plane: boxes, a region's rings near its main
 * part, areas, a point well inside a region, and the country's outline. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "esc-chart-private.h"
#include "esc-chart-regions-private.h"

/* A feature whose parts lie further than this many times its main part's size from it
 * is drawn by its main part (Chile's Valparaíso without Easter Island). */
#define RING_REACH 2.0

/* An edge, the same whichever way it is walked. */
typedef struct {
  double x0, y0, x1, y1;
} Edge;

void
esc_box_add (Box   *box,
             double x,
             double y)
{
  box->x0 = MIN (box->x0, x), box->y0 = MIN (box->y0, y);
  box->x1 = MAX (box->x1, x), box->y1 = MAX (box->y1, y);
}

void
esc_box_union (Box       *box,
               const Box *other)
{
  if (other->x1 >= other->x0)
    esc_box_add (box, other->x0, other->y0), esc_box_add (box, other->x1, other->y1);
}

double
esc_box_side (const Box *box)
{
  return box->x1 >= box->x0 ? MAX (box->x1 - box->x0, box->y1 - box->y0) : 0;
}

gboolean
esc_box_near (const Box *a,
              const Box *b,
              double     reach)
{
  return a->x0 - reach <= b->x1 && b->x0 <= a->x1 + reach && a->y0 - reach <= b->y1 && b->y0 <= a->y1 + reach;
}

static Box
ring_box (const EscAzimuthal *projection,
          GArray             *ring)
{
  Box box = EMPTY_BOX;

  for (guint p = 0; p < ring->len; p++)
    {
      EscLonLat *point = &g_array_index (ring, EscLonLat, p);
      double x, y;

      if (esc_azimuthal_project (projection, point->lon, point->lat, &x, &y))
        esc_box_add (&box, x, y);
    }
  return box;
}

static guint
largest_ring (const EscAzimuthal  *projection,
              const EscGeoFeature *feature)
{
  guint largest = 0;
  double largest_side = -1;

  for (guint r = 0; r < feature->rings->len; r++)
    {
      Box box = ring_box (projection, g_ptr_array_index (feature->rings, r));
      double side = esc_box_side (&box);

      if (side > largest_side)
        largest = r, largest_side = side;
    }
  return largest;
}

/* The rings of @feature near its largest one: a region's far islands would shrink the
 * whole map to show a speck. */
GPtrArray *
esc_core_rings (const EscAzimuthal  *projection,
                const EscGeoFeature *feature,
                Box                 *bounds)
{
  GPtrArray *rings = g_ptr_array_new ();
  Box core;

  *bounds = EMPTY_BOX;
  if (feature->rings->len == 0)
    return rings;
  core = ring_box (projection, g_ptr_array_index (feature->rings, largest_ring (projection, feature)));
  for (guint r = 0; r < feature->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (feature->rings, r);
      Box box = ring_box (projection, ring);

      if (box.x1 >= box.x0 && esc_box_near (&core, &box, esc_box_side (&core) * RING_REACH))
        {
          g_ptr_array_add (rings, ring);
          esc_box_union (bounds, &box);
        }
    }
  return rings;
}

/* A ring's area in the plane, by the shoelace formula. */
static double
ring_area (const EscAzimuthal *projection,
           GArray             *ring)
{
  double twice = 0, x0 = 0, y0 = 0, x1, y1;

  for (guint p = 0; p < ring->len; p++)
    {
      EscLonLat *point = &g_array_index (ring, EscLonLat, p);

      if (!esc_azimuthal_project (projection, point->lon, point->lat, &x1, &y1))
        continue;
      if (p > 0)
        twice += x0 * y1 - x1 * y0;
      x0 = x1, y0 = y1;
    }
  return fabs (twice) / 2;
}

double
esc_rings_area (const EscAzimuthal *projection,
                GPtrArray          *rings)
{
  double area = 0;

  for (guint r = 0; r < rings->len; r++)
    area += ring_area (projection, g_ptr_array_index (rings, r));
  return area;
}

/* The distance from (@x, @y) to the nearest edge of @area. */
static double
edge_distance (const Area *area,
               double      x,
               double      y)
{
  double nearest = G_MAXDOUBLE;

  for (guint r = 0; r < area->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (area->rings, r);
      const double *xy = (const double *) ring->data;

      for (guint p = 0; p + 1 < ring->len / 2; p++)
        {
          double ax = xy[2 * p], ay = xy[2 * p + 1], bx = xy[2 * p + 2], by = xy[2 * p + 3];
          double dx = bx - ax, dy = by - ay, length = dx * dx + dy * dy;
          double t = length > 0 ? CLAMP (((x - ax) * dx + (y - ay) * dy) / length, 0, 1) : 0;

          nearest = MIN (nearest, hypot (x - ax - t * dx, y - ay - t * dy));
        }
    }
  return nearest;
}

/* The middle of the widest stretch inside @area along the line at @y, crossings
 * counted even-odd as the shape is filled; FALSE if the line misses it. */
static gboolean
widest_stretch (const Area *area,
                double      y,
                double     *x)
{
  g_autoptr(GArray) crossings = g_array_new (FALSE, FALSE, sizeof (double));
  double widest = 0;

  for (guint r = 0; r < area->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (area->rings, r);
      const double *xy = (const double *) ring->data;
      guint n = ring->len / 2;

      for (guint i = 0, j = n - 1; i < n; j = i++)
        if ((xy[2 * i + 1] > y) != (xy[2 * j + 1] > y))
          {
            double cross = (xy[2 * j] - xy[2 * i]) * (y - xy[2 * i + 1]) / (xy[2 * j + 1] - xy[2 * i + 1]) + xy[2 * i];

            g_array_append_val (crossings, cross);
          }
    }
  g_array_sort (crossings, esc_compare_doubles);
  for (guint i = 0; i + 1 < crossings->len; i += 2)
    {
      double from = g_array_index (crossings, double, i), to = g_array_index (crossings, double, i + 1);

      if (to - from > widest)
        widest = to - from, *x = (from + to) / 2;
    }
  return widest > 0;
}

/* A point well inside @area (the middle of a bounding box may fall in a bay, a lake or
 * on a thin coastal strip's shore): of the middles of the widest stretches along a few
 * lines across its largest ring, the one furthest from any edge. Sets how far that is:
 * a region less thick than a pointer's slack is drawn as a disc. */
void
esc_area_settle (Area   *area,
                 double  top,
                 double  bottom)
{
  const int lines = 9;
  double best = -1, best_x = area->label_x, best_y = area->label_y;

  for (int i = 0; i < lines; i++)
    {
      double y = top + (bottom - top) * (i + 0.5) / lines, x = 0, distance;

      if (!widest_stretch (area, y, &x))
        continue;
      distance = edge_distance (area, x, y);
      if (distance > best)
        best = distance, best_x = x, best_y = y;
    }
  area->label_x = best_x;
  area->label_y = best_y;
  area->thickness = MAX (best, 0) * 2;
}

static Edge
edge_new (const double *a,
          const double *b)
{
  gboolean swap = a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]);

  return swap ? (Edge) { b[0], b[1], a[0], a[1] } : (Edge) { a[0], a[1], b[0], b[1] };
}

static guint
edge_hash (gconstpointer key)
{
  const guint32 *words = key;
  guint hash = 17;

  for (guint i = 0; i < sizeof (Edge) / sizeof (guint32); i++)
    hash = hash * 31 + words[i];
  return hash;
}

static gboolean
edge_equal (gconstpointer a,
            gconstpointer b)
{
  return memcmp (a, b, sizeof (Edge)) == 0;
}

/* The country's outline: the edges only one region has. Neighbouring regions share
 * their border point for point (the TopoJSON arcs they were stitched from), and the
 * same point always projects to the same pixel, so a shared edge is found by value.
 * Stroking these is much cheaper than clipping to the country's outside. */
void
esc_regions_find_outline (EscRegionsLayout *regions)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (edge_hash, edge_equal, g_free, NULL);

  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);

      for (guint r = 0; r < area->rings->len; r++)
        {
          GArray *ring = g_ptr_array_index (area->rings, r);
          const double *xy = (const double *) ring->data;

          for (guint p = 0; p + 1 < ring->len / 2; p++)
            {
              Edge edge = edge_new (&xy[2 * p], &xy[2 * p + 2]);
              gpointer count = g_hash_table_lookup (counts, &edge);

              if (count == NULL)
                g_hash_table_insert (counts, g_memdup2 (&edge, sizeof edge), GUINT_TO_POINTER (1));
              else
                g_hash_table_insert (counts, g_memdup2 (&edge, sizeof edge), GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
            }
        }
    }
  /* Runs of outline edges, walked along each ring, become polylines: one stroke. */
  for (guint i = 0; i < regions->areas->len; i++)
    {
      Area *area = &g_array_index (regions->areas, Area, i);

      for (guint r = 0; r < area->rings->len; r++)
        {
          GArray *ring = g_ptr_array_index (area->rings, r);
          const double *xy = (const double *) ring->data;
          GArray *run = NULL;

          for (guint p = 0; p + 1 < ring->len / 2; p++)
            {
              Edge edge = edge_new (&xy[2 * p], &xy[2 * p + 2]);

              if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, &edge)) != 1)
                {
                  run = NULL;
                  continue;
                }
              if (run == NULL)
                {
                  run = g_array_new (FALSE, FALSE, sizeof (double));
                  g_array_append_vals (run, &xy[2 * p], 2);
                  g_ptr_array_add (regions->outline, run);
                }
              g_array_append_vals (run, &xy[2 * p + 2], 2);
            }
        }
    }
}
