//! The global allocator: power-of-two size classes, each with a free list,
//! carved from memory grown on demand. O(1) `alloc` and `free`, a few hundred
//! bytes of wasm where `dlmalloc` costs ~9 KB (issue 6). The page is
//! single-threaded and short-lived, and its allocations repeat the same
//! shapes on every keystroke, so blocks are reused rather than coalesced.
//! Not `wee_alloc` (unmaintained, leaks).

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::alloc::{GlobalAlloc, Layout};
    use std::arch::wasm32::{memory_grow, memory_size};
    use std::ptr::{addr_of_mut, null_mut};

    const PAGE: usize = 65536;
    /// Smallest block: 8 bytes, room for the free list's link.
    const MIN_CLASS: u32 = 3;
    /// Largest block: 1 GiB.
    const MAX_CLASS: u32 = 30;
    /// Free-list blocks are aligned to min(block size, this); a request that
    /// needs more always gets a fresh block.
    const LIST_ALIGN: usize = 16;

    pub struct SizeClasses;

    struct Heap {
        free: [*mut u8; MAX_CLASS as usize + 1],
        next: usize,
        end: usize,
    }

    static mut HEAP: Heap = Heap { free: [null_mut(); MAX_CLASS as usize + 1], next: 0, end: 0 };

    /// ceil(log2(size)), at least MIN_CLASS; the block is 1 << class bytes.
    fn class_of(layout: &Layout) -> u32 {
        let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
        usize::BITS - (size - 1).leading_zeros()
    }

    unsafe fn fresh(heap: &mut Heap, size: usize, align: usize) -> *mut u8 {
        if heap.end == 0 {
            heap.end = memory_size(0) * PAGE;
            heap.next = heap.end;
        }
        let start = (heap.next + align - 1) & !(align - 1);
        let Some(stop) = start.checked_add(size) else { return null_mut() };
        if stop > heap.end {
            let pages = (stop - heap.end).div_ceil(PAGE);
            let old = memory_grow(0, pages);
            // Nothing else grows this memory, so the new pages follow `end`.
            if old == usize::MAX || old * PAGE != heap.end {
                return null_mut();
            }
            heap.end += pages * PAGE;
        }
        heap.next = stop;
        start as *mut u8
    }

    unsafe impl GlobalAlloc for SizeClasses {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let class = class_of(&layout);
            if class > MAX_CLASS {
                return null_mut();
            }
            let heap = &mut *addr_of_mut!(HEAP);
            let head = heap.free[class as usize];
            if layout.align() <= LIST_ALIGN && !head.is_null() {
                heap.free[class as usize] = *(head as *mut *mut u8);
                return head;
            }
            let size = 1usize << class;
            fresh(heap, size, layout.align().max(size.min(LIST_ALIGN)))
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            let heap = &mut *addr_of_mut!(HEAP);
            let class = class_of(&layout) as usize;
            *(ptr as *mut *mut u8) = heap.free[class];
            heap.free[class] = ptr;
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            if class_of(&new_layout) == class_of(&layout) {
                return ptr;
            }
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }

    #[global_allocator]
    static ALLOCATOR: SizeClasses = SizeClasses;
}
