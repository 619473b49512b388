/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Map projections: Equal Earth for the world, an azimuthal equal-area projection
 * centred on a country for its regions. */
#include "config.h"

#include <math.h>

#include "esc-projection.h"

#define RADIANS(degrees) ((degrees) * G_PI / 180)

/* Šavrič, Patterson and Jenny, 2018: equal-area, so no country looks more important
 * than it is, and pleasant to look at. */
void
esc_equal_earth (double  lon,
                 double  lat,
                 double *x,
                 double *y)
{
  const double a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796;
  const double m = sqrt (3) / 2;
  double lambda = RADIANS (lon), phi = RADIANS (lat);
  double theta = asin (m * sin (phi));
  double t2 = theta * theta, t6 = t2 * t2 * t2;

  *x = lambda * cos (theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)));
  *y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
}

void
esc_azimuthal_init (EscAzimuthal *projection,
                    double        lon0,
                    double        lat0)
{
  projection->lon0 = RADIANS (lon0);
  projection->sin_lat0 = sin (RADIANS (lat0));
  projection->cos_lat0 = cos (RADIANS (lat0));
}

/* Snyder, Map Projections: A Working Manual (1987), p. 185, on the unit sphere; y up.
 * Returns FALSE for the point opposite the centre, which has no single place. A point
 * on the far hemisphere still projects (within a circle of radius 2), so neighbours
 * are drawn whole. */
gboolean
esc_azimuthal_project (const EscAzimuthal *projection,
                       double              lon,
                       double              lat,
                       double             *x,
                       double             *y)
{
  double phi = RADIANS (lat), dlambda = RADIANS (lon) - projection->lon0;
  double sin_phi = sin (phi), cos_phi = cos (phi), cos_dl = cos (dlambda);
  double denominator = 1 + projection->sin_lat0 * sin_phi + projection->cos_lat0 * cos_phi * cos_dl;
  double k;

  if (denominator <= 1e-12)
    return FALSE;
  k = sqrt (2 / denominator);
  *x = k * cos_phi * sin (dlambda);
  *y = k * (projection->cos_lat0 * sin_phi - projection->sin_lat0 * cos_phi * cos_dl);
  return TRUE;
}
