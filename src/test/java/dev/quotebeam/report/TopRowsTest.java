package dev.quotebeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopRowsTest {
  @Test
  void keepsTheBestItemsInOrderAndCountsAllOffered() {
    TopRows<Integer> top = new TopRows<>(2, Comparator.reverseOrder());
    List.of(3, 9, 1, 7).forEach(top::offer);
    assertEquals(List.of(9, 7), top.sorted());
    assertEquals(4, top.offered());
  }

  @Test
  void keptSetDoesNotDependOnTheOrderItemsArrive() {
    TopRows<Integer> a = new TopRows<>(3, Comparator.naturalOrder());
    TopRows<Integer> b = new TopRows<>(3, Comparator.naturalOrder());
    List.of(5, 2, 8, 1, 9, 4).forEach(a::offer);
    List.of(9, 4, 1, 8, 2, 5).forEach(b::offer);
    assertEquals(List.of(1, 2, 4), a.sorted());
    assertEquals(a.sorted(), b.sorted());
  }

  @Test
  void fewerItemsThanTheLimitAreAllKept() {
    TopRows<String> top = new TopRows<>(10, Comparator.naturalOrder());
    top.offer("b");
    top.offer("a");
    assertEquals(List.of("a", "b"), top.sorted());
  }

  @Test
  void limitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new TopRows<Integer>(0, Comparator.naturalOrder()));
  }
}
