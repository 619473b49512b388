/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-private.h"

G_DEFINE_BOXED_TYPE (EscSource, esc_source, esc_source_ref, esc_source_unref)

/* @paragraph and @offset say where the loader found @quote, so that readers can
 * highlight it without searching again. */
EscSource *
esc_source_new (EscArticle *article,
                const char *quote,
                guint       paragraph,
                gsize       offset)
{
  EscSource *self = g_new0 (EscSource, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->article = g_object_ref (article);
  self->quote = g_strdup (quote);
  self->paragraph = paragraph;
  self->offset = offset;
  return self;
}

/* A figure's computation over @tally: it has no article and no quote. */
EscSource *
esc_source_new_tally (EscTally *tally)
{
  EscSource *self = g_new0 (EscSource, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->tally = g_object_ref (tally);
  return self;
}

EscSource *
esc_source_ref (EscSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
esc_source_unref (EscSource *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->article);
  g_clear_object (&self->tally);
  g_free (self->quote);
  g_free (self->origin);
  g_free (self);
}

/* The tally a computed figure comes from, or NULL for a quote. */
EscTally *
esc_source_get_tally (EscSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->tally;
}

/* The article a quote is in, or NULL for a computation (esc_source_get_tally()). */
EscArticle *
esc_source_get_article (EscSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->article;
}

const char *
esc_source_get_quote (EscSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->quote;
}

guint
esc_source_get_paragraph (EscSource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->paragraph;
}

gsize
esc_source_get_offset (EscSource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->offset;
}
