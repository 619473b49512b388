/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  double lon;
  double lat;
} EscLonLat;

/* One country (or territory) of the map: its outline as closed rings of points. */
typedef struct {
  char *alpha2;          /* ISO 3166-1 alpha-2; NULL for features without a code */
  char *name;            /* as the geometry file names it, in English */
  GPtrArray *rings;      /* GArray of EscLonLat, first point repeated last */
  double west;
  double south;
  double east;
  double north;
} EscWorldCountry;

#define ESC_TYPE_WORLD (esc_world_get_type ())
G_DECLARE_FINAL_TYPE (EscWorld, esc_world, ESC, WORLD, GObject)

EscWorld              *esc_world_new_from_bytes (GBytes     *topojson,
                                                 GError    **error);
guint                  esc_world_get_n_countries (EscWorld  *self);
const EscWorldCountry *esc_world_get_country    (EscWorld   *self,
                                                 guint       index);
const EscWorldCountry *esc_world_lookup         (EscWorld   *self,
                                                 const char *alpha2);

void                   esc_equal_earth          (double      lon,
                                                 double      lat,
                                                 double     *x,
                                                 double     *y);

G_END_DECLS
