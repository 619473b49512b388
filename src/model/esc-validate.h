/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sorted, from iso-codes at build time (gen-countries.py). */
extern const char esc_country_codes[][3];
extern const guint esc_n_country_codes;

typedef struct {
  const char *numeric;   /* "862" */
  const char *alpha2;    /* "VE" */
  const char *name;      /* "Venezuela": iso-codes' common name, or its name; its msgid */
} EscCountryInfo;

extern const EscCountryInfo esc_countries_by_numeric[];
extern const guint esc_n_countries_by_numeric;

gboolean esc_is_valid_id           (const char *text);
gboolean esc_is_valid_partial_date (const char *text);
gboolean esc_parse_moment          (const char *text,
                                    gint64     *start,
                                    gint64     *end);
int      esc_compare_moments       (const char *a,
                                    const char *b);
gboolean esc_is_valid_language_tag (const char *text);
gboolean esc_is_valid_country_code (const char *text);
gboolean esc_parse_color           (const char *text,
                                    guint32    *out_rgb);
gboolean esc_is_web_url            (const char *text);
const EscCountryInfo *esc_country_by_numeric (const char *numeric);
const EscCountryInfo *esc_country_by_alpha2  (const char *alpha2);

G_END_DECLS
