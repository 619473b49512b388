/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-dataset.h"

G_BEGIN_DECLS

/* A passage of an article the dataset cites: what a reader highlights. */
typedef struct {
  guint paragraph;
  gsize start;          /* byte offsets within the paragraph */
  gsize end;
  GObject *cited_by;    /* the EscClaim, EscRegion or EscReaction that cites it */
  EscElection *election;
} EscHighlight;

GArray *esc_article_collect_highlights (EscDataset *dataset,
                                        EscArticle *article);
GArray  *esc_article_search            (EscArticle *article,
                                        const char *query);
gboolean esc_article_contains          (EscArticle *article,
                                        const char *query);

G_END_DECLS
