/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-article.h"
#include "esc-claim.h"
#include "esc-dataset.h"
#include "esc-edit.h"
#include "esc-election.h"
#include "esc-reaction.h"
#include "esc-region.h"

G_BEGIN_DECLS

EscClaim   *esc_cite_claim        (EscElection *election,
                                   EscArticle  *article,
                                   const char  *quote);
EscClaim   *esc_cite_claim_at     (EscElection *election,
                                   EscArticle  *article,
                                   const char  *quote,
                                   guint        index);
EscReaction *esc_cite_reaction    (EscElection *election,
                                   EscArticle  *article,
                                   const char  *quote);
EscStance   esc_cite_guess_stance (const char  *quote);
EscRegion  *esc_cite_region       (EscElection *election,
                                   EscArticle  *article,
                                   const char  *quote);
char       *esc_cite_find_region_name (const char *country,
                                       const char *quote);
EscArticle *esc_cite_pasted_article (EscDataset  *dataset,
                                     const char  *title,
                                     const char  *text,
                                     const char  *language);
GStrv       esc_cite_split_paragraphs (const char *text);
EscMeasure  esc_cite_guess_measure (const char  *quote,
                                    EscUnit      unit,
                                    gboolean     has_out_of,
                                    gboolean     has_subject);

gpointer    esc_cite_find_same     (EscElection *election,
                                    gpointer     item);
EscEdit    *esc_cite_add_source    (gpointer     existing,
                                    EscSource   *source,
                                    const char  *label);
G_END_DECLS
