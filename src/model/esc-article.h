/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-bloc.h"
#include "esc-enums.h"
#include "esc-localized-text.h"

G_BEGIN_DECLS

/* A news article a dataset quotes, with its text as received. */
#define ESC_TYPE_ARTICLE (esc_article_get_type ())
G_DECLARE_FINAL_TYPE (EscArticle, esc_article, ESC, ARTICLE, GObject)

const char *         esc_article_get_id (EscArticle *self);
EscLocalizedText *   esc_article_get_title (EscArticle *self);
gboolean             esc_article_get_title_from_editor (EscArticle *self);
const char *         esc_article_get_outlet (EscArticle *self);
const char *         esc_article_get_published (EscArticle *self);
const char *         esc_article_get_url (EscArticle *self);
const char *         esc_article_get_language (EscArticle *self);
const char *         esc_article_get_translated_from (EscArticle *self);
GPtrArray *          esc_article_get_notes (EscArticle *self);
const char * const * esc_article_get_paragraphs (EscArticle *self);
gboolean             esc_article_find_text (EscArticle *self,
                                            const char *text,
                                            guint      *out_paragraph,
                                            gsize      *out_offset);

G_END_DECLS
