/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Equal Earth projection of the whole world: degrees in; out, units where the
 * equator spans about ±2.71, y up. */
void esc_equal_earth (double  lon,
                      double  lat,
                      double *x,
                      double *y);

/* A Lambert azimuthal equal-area projection centred on one place: areas stay true and
 * shapes near the centre undistorted, so a country of any shape (Chile, Russia) looks
 * as it does on a globe turned towards it. */
typedef struct {
  double lon0;            /* the centre, in radians */
  double sin_lat0;
  double cos_lat0;
} EscAzimuthal;

void     esc_azimuthal_init    (EscAzimuthal       *projection,
                                double              lon0,
                                double              lat0);
gboolean esc_azimuthal_project (const EscAzimuthal *projection,
                                double              lon,
                                double              lat,
                                double             *x,
                                double             *y);

G_END_DECLS
