/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _EscArticle EscArticle;
typedef struct _EscTally EscTally;

/* Where a claim, region or reaction comes from: the passage of an article that states
 * it, or for a computed figure, the file of tally sheets it was computed from. */
typedef struct _EscSource EscSource;

#define ESC_TYPE_SOURCE (esc_source_get_type ())
GType       esc_source_get_type      (void) G_GNUC_CONST;

EscSource  *esc_source_ref           (EscSource *self);
void        esc_source_unref         (EscSource *self);
EscTally   *esc_source_get_tally     (EscSource *self);
EscArticle *esc_source_get_article   (EscSource *self);
const char *esc_source_get_quote     (EscSource *self);
guint       esc_source_get_paragraph (EscSource *self);
gsize       esc_source_get_offset    (EscSource *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscSource, esc_source_unref)

G_END_DECLS
