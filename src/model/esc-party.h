/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-bloc.h"
#include "esc-enums.h"
#include "esc-localized-text.h"

G_BEGIN_DECLS

/* A party, alliance or candidate in one election. */
#define ESC_TYPE_PARTY (esc_party_get_type ())
G_DECLARE_FINAL_TYPE (EscParty, esc_party, ESC, PARTY, GObject)

const char *         esc_party_get_id (EscParty *self);
EscLocalizedText *   esc_party_get_name (EscParty *self);
const char *         esc_party_get_short_name (EscParty *self);
const char *         esc_party_get_candidate (EscParty *self);
EscBloc              esc_party_get_bloc (EscParty *self);
gboolean             esc_party_get_color (EscParty *self,
                                          guint32  *out_rgb);

G_END_DECLS
