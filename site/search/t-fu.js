briefingSearch.terms("fu",{"further":[1,2]});
