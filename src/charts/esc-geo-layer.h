/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  double lon;
  double lat;
} EscLonLat;

/* One shape of a layer: a country of the world, or a region (state, province) of one
 * country, as closed rings of points. */
typedef struct {
  char *code;            /* ISO 3166-1 alpha-2 (countries) or 3166-2 (regions); NULL if none */
  char *name;            /* as the geometry file names it */
  char *parent;          /* regions: the ISO 3166-2 code of the region this is part of */
  gboolean merged;       /* regions: the union of its parts, drawn only where named */
  GPtrArray *rings;      /* GArray of EscLonLat, first point repeated last */
  double west;
  double south;
  double east;
  double north;
} EscGeoFeature;

#define ESC_TYPE_GEO_LAYER (esc_geo_layer_get_type ())
G_DECLARE_FINAL_TYPE (EscGeoLayer, esc_geo_layer, ESC, GEO_LAYER, GObject)

EscGeoLayer         *esc_geo_layer_new_world      (GBytes      *topojson,
                                                   GError     **error);
EscGeoLayer         *esc_geo_layer_new_regions    (GBytes      *topojson,
                                                   GError     **error);
guint                esc_geo_layer_get_n_features (EscGeoLayer *self);
const EscGeoFeature *esc_geo_layer_get_feature    (EscGeoLayer *self,
                                                   guint        index);
const EscGeoFeature *esc_geo_layer_lookup         (EscGeoLayer *self,
                                                   const char  *code);
gsize                esc_geo_layer_get_memory_size (EscGeoLayer *self);

G_END_DECLS
