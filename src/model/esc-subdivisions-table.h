/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The table gen-subdivisions.py writes at build time; read by esc-subdivisions.c only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;           /* "VE-Z" */
  const char *name;           /* iso-codes' name, the msgid of its "iso_3166-2" domain */
  const char *name_variants;  /* other forms of it ("Cataluña" of "Catalunya [Cataluña]"),
                               * each ended by a NUL, then a NUL; NULL when there are none */
  const char *map_names;      /* the maps' names for it, each ended by a NUL, then a NUL;
                               * NULL when the maps name it nothing */
  const char *map_alt_names;  /* the maps' alternative names, the same way */
  gboolean has_shape;         /* a regions map draws it whole: as one shape, or by every
                               * part iso-codes lists for it */
  const char *sole_part_of;   /* the code of the subdivision it is the only part of (a
                               * province that is a whole community), or NULL */
} EscSubdivisionInfo;

typedef struct {
  char alpha2[3];
  guint first;                /* its first subdivision in esc_subdivisions */
  guint n;
  gboolean has_map;           /* data/regions holds a map of its regions */
} EscSubdivisionCountry;

/* Sorted by code, so each country's subdivisions are one run. */
extern const EscSubdivisionInfo esc_subdivisions[];
extern const guint esc_n_subdivisions;
/* Sorted by alpha2. */
extern const EscSubdivisionCountry esc_subdivision_countries[];
extern const guint esc_n_subdivision_countries;

G_END_DECLS
