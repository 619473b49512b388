/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *alpha2;
  const char *language;     /* "en", "es", "pt-BR"… */
  const char *name;
} EscCountryName;

/* From gen-country-names.py. */
extern const EscCountryName esc_country_names[];
extern const guint esc_n_country_names;

const char *esc_country_mention_find (const char *passage,
                                      const char *language,
                                      const char *except);

G_END_DECLS
