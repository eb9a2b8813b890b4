briefingSearch.terms("ex",{"expand":[0,1],"expansion":[1,2],"expects":[1,1],"expressed":[1,1]});
