/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-article.h"
#include "esc-claim.h"
#include "esc-election.h"
#include "esc-reaction.h"
#include "esc-region.h"

G_BEGIN_DECLS

char       *esc_text_number     (double           value,
                                 EscUnit          unit,
                                 guint            decimals);
char       *esc_text_change     (double           change,
                                 EscUnit          unit,
                                 guint            decimals);
char       *esc_text_moment     (const char      *iso);
char       *esc_text_date       (const char      *iso);
char       *esc_text_claim_value (EscClaim       *claim);
char       *esc_text_claim_figure (EscClaim      *claim);
char       *esc_text_qualified  (EscQualifier     qualifier,
                                 const char      *whole);
char       *esc_text_claimant_short (EscClaim    *claim);
char       *esc_text_claimant   (EscClaim        *claim);
char       *esc_text_claimant_of (EscClaimant    *claimant);
const char *esc_text_claimant_kind (EscClaimantKind kind);
const char *esc_text_status     (EscClaimStatus   status);
const char *esc_text_region_outcome (EscRegionOutcome outcome);
const char *esc_text_measure_kind (EscMeasure      measure);
char       *esc_text_measure    (EscMeasure        measure,
                                 EscParty         *subject,
                                 EscLocalizedText *label);
const char *esc_text_bloc       (EscBloc          bloc);
const char *esc_text_party      (EscParty        *party);
const char *esc_text_party_short (EscParty       *party);
const char *esc_text_stance     (EscStance        stance);
const char *esc_text_country    (const char      *alpha2);
const char *esc_text_reactor    (EscReaction     *reaction);
char       *esc_text_item       (gpointer         item);

G_END_DECLS
