package io.newsroom.store.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An IPTC Media Topic assigned to an article (row of article_category). */
@Embeddable
public class CategoryLink {

    @Column(name = "code", nullable = false)
    public String code;

    @Column(name = "label", nullable = false)
    public String label;

    @Column(name = "confidence", nullable = false)
    public double confidence;
}
