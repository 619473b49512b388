/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-bloc.h"
#include "esc-enums.h"
#include "esc-figure.h"
#include "esc-party.h"

G_BEGIN_DECLS

/* The offices one party (or one bloc, where regions name no party) won, as the claims
 * that stand and the regions it won tell it: a count, or a range where they differ. */
#define ESC_TYPE_SEAT_HOLDER (esc_seat_holder_get_type ())
G_DECLARE_FINAL_TYPE (EscSeatHolder, esc_seat_holder, ESC, SEAT_HOLDER, GObject)

EscParty   *esc_seat_holder_get_party    (EscSeatHolder *self);
EscBloc     esc_seat_holder_get_bloc     (EscSeatHolder *self);
GPtrArray  *esc_seat_holder_get_claims   (EscSeatHolder *self);
GPtrArray  *esc_seat_holder_get_regions  (EscSeatHolder *self);
double      esc_seat_holder_get_low      (EscSeatHolder *self);
double      esc_seat_holder_get_high     (EscSeatHolder *self);
EscQualifier esc_seat_holder_get_qualifier (EscSeatHolder *self);
gboolean    esc_seat_holder_is_disputed  (EscSeatHolder *self);
gboolean    esc_seat_holder_regions_differ (EscSeatHolder *self);

G_END_DECLS
