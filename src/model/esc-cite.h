/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-article.h"
#include "esc-claim.h"
#include "esc-election.h"

G_BEGIN_DECLS

EscClaim   *esc_cite_claim        (EscElection *election,
                                   EscArticle  *article,
                                   const char  *quote);
EscMeasure  esc_cite_guess_measure (const char  *quote,
                                    EscUnit      unit,
                                    gboolean     has_out_of,
                                    gboolean     has_subject);

G_END_DECLS
