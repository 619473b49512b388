/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "esc-tally.h"

G_BEGIN_DECLS

/* The rows set aside that a dataset lists; it counts them all. */
#define ESC_TALLY_KEPT_REJECTIONS 100

#define ESC_TYPE_TALLY_REJECT (esc_tally_reject_get_type ())
GType     esc_tally_reject_get_type (void) G_GNUC_CONST;

JsonNode *esc_tally_to_json         (EscTally *tally);

G_END_DECLS
