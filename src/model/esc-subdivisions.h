/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ISO 3166-2 subdivisions, from iso-codes and the regions maps at build time: which one
 * a region's name or code means, its name, and whether a map draws it. Every string
 * returned is static. Safe from any thread. */

const char * esc_subdivision_match            (const char *country_alpha2,
                                               const char *name_or_code);
const char * esc_subdivision_find_code        (const char *country_alpha2,
                                               const char *code);
gboolean     esc_subdivision_has_shape        (const char *code);
const char * esc_subdivision_get_land         (const char *code);
gboolean     esc_subdivision_country_has_map  (const char *country_alpha2);
const char * esc_subdivision_get_name         (const char *code);
const char * esc_subdivision_get_display_name (const char *code);
char *       esc_subdivision_normalize        (const char *text);

G_END_DECLS
