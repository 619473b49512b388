/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;         /* "es", "spa" */
  const char *name;         /* iso-codes' English name, the msgid of "iso_639-3" */
} EscLanguageInfo;

/* From gen-languages.py, sorted by code. */
extern const EscLanguageInfo esc_languages[];
extern const guint esc_n_languages;

char *esc_language_get_display_name (const char *tag);

G_END_DECLS
