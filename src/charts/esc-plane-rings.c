/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the map of reactions and the map of regions both do with projected outlines:
 * trace them, and tell whether a point is inside. */
#include "config.h"

#include "esc-plane-rings.h"

/* Appends every ring to the current path, each closed. */
void
esc_plane_rings_append (cairo_t   *cr,
                        GPtrArray *rings)
{
  for (guint r = 0; r < rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (rings, r);
      const double *xy = (const double *) ring->data;

      for (guint p = 0; p < ring->len / 2; p++)
        if (p == 0)
          cairo_move_to (cr, xy[0], xy[1]);
        else
          cairo_line_to (cr, xy[2 * p], xy[2 * p + 1]);
      cairo_close_path (cr);
    }
}

/* Even-odd, like the fills: holes (lakes, enclaves) are outside. */
gboolean
esc_plane_rings_contain (GPtrArray *rings,
                         double     x,
                         double     y)
{
  gboolean in = FALSE;

  for (guint r = 0; r < rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (rings, r);
      const double *xy = (const double *) ring->data;
      guint n = ring->len / 2;

      for (guint i = 0, j = n - 1; i < n; j = i++)
        if ((xy[2 * i + 1] > y) != (xy[2 * j + 1] > y)
            && x < (xy[2 * j] - xy[2 * i]) * (y - xy[2 * i + 1]) / (xy[2 * j + 1] - xy[2 * i + 1]) + xy[2 * i])
          in = !in;
    }
  return in;
}
