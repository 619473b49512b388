/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-bloc.h"
#include "esc-claimant.h"
#include "esc-enums.h"
#include "esc-localized-text.h"
#include "esc-party.h"
#include "esc-source.h"

G_BEGIN_DECLS

/* One figure as one claimant states it, with the passages that report it. */
#define ESC_TYPE_CLAIM (esc_claim_get_type ())
G_DECLARE_FINAL_TYPE (EscClaim, esc_claim, ESC, CLAIM, GObject)

const char *         esc_claim_get_id (EscClaim *self);
EscMeasure           esc_claim_get_measure (EscClaim *self);
EscLocalizedText *   esc_claim_get_label (EscClaim *self);
double               esc_claim_get_value (EscClaim *self);
EscUnit              esc_claim_get_unit (EscClaim *self);
EscQualifier         esc_claim_get_qualifier (EscClaim *self);
EscParty *           esc_claim_get_subject (EscClaim *self);
EscClaimant *        esc_claim_get_claimant (EscClaim *self);
EscClaimantKind      esc_claim_get_claimant_kind (EscClaim *self);
EscLocalizedText *   esc_claim_get_claimant_name (EscClaim *self);
EscClaimStatus       esc_claim_get_status (EscClaim *self);
EscLocalizedText *   esc_claim_get_note (EscClaim *self);
GPtrArray *          esc_claim_get_sources (EscClaim *self);
gboolean             esc_claim_get_out_of (EscClaim *self,
                                           double   *out_of);
guint                esc_claim_get_decimals (EscClaim *self);
const char *         esc_claim_get_published (EscClaim *self);
gboolean             esc_claim_get_counted (EscClaim *self,
                                            double   *counted,
                                            guint    *decimals);

G_END_DECLS
