/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-enums.h"
#include "esc-localized-text.h"

G_BEGIN_DECLS

/* Who asserts a figure: declared once in the dataset's "claimants" and referred to by
 * id, or written out in the claim itself. */
#define ESC_TYPE_CLAIMANT (esc_claimant_get_type ())
G_DECLARE_FINAL_TYPE (EscClaimant, esc_claimant, ESC, CLAIMANT, GObject)

const char       *esc_claimant_get_id       (EscClaimant *self);
EscClaimantKind   esc_claimant_get_kind     (EscClaimant *self);
EscLocalizedText *esc_claimant_get_name     (EscClaimant *self);
gboolean          esc_claimant_is_authority (EscClaimant *self);

G_END_DECLS
