package fr.passerelle.shared;

/** Page number from 1 and page size, checked once for every list. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 1000;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 1) {
            throw DomainException.badParameter("page", "Le numéro de page commence à 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.badParameter("size", "La taille de page doit être comprise entre 1 et " + MAX_SIZE + ".");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
