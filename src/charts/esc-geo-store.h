/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-geo-layer.h"

G_BEGIN_DECLS

EscGeoLayer *esc_geo_store_get_world   (void);
EscGeoLayer *esc_geo_store_get_regions (const char *alpha2);
gboolean     esc_geo_store_has_regions (const char *alpha2);
char       **esc_geo_store_list_regions (void);
gsize        esc_geo_store_get_regions_size (const char *alpha2);

G_END_DECLS
