/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-bloc.h"
#include "esc-enums.h"
#include "esc-localized-text.h"
#include "esc-party.h"
#include "esc-source.h"

G_BEGIN_DECLS

/* Who took one region in a regional election, or that it is pending. */
#define ESC_TYPE_REGION (esc_region_get_type ())
G_DECLARE_FINAL_TYPE (EscRegion, esc_region, ESC, REGION, GObject)

const char *         esc_region_get_name (EscRegion *self);
const char *         esc_region_get_code (EscRegion *self);
EscRegionOutcome     esc_region_get_outcome (EscRegion *self);
EscBloc              esc_region_get_bloc (EscRegion *self);
EscParty *           esc_region_get_party (EscRegion *self);
GPtrArray *          esc_region_get_sources (EscRegion *self);
gboolean             esc_region_get_share (EscRegion *self,
                                           double    *share,
                                           guint     *decimals);

G_END_DECLS
